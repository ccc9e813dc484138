import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort, type LocalNeo4j, startLocalNeo4j } from '@guanxi/neo4j-local';
import type { GraphQLResponse } from '../helpers/graphql';

/**
 * `NEO4J_URI` pointing at a database the server does not manage: the real server process
 * (`server/src/main.ts`, as `npm start` runs it) over a Neo4j of its own that the test kills
 * with `kill -9` and later starts again on the same port and store, as an operator would.
 * The server must answer DATABASE_UNAVAILABLE while it is gone and serve within 5 s of its
 * return, without a restart.
 */
const RETURN_BUDGET_MS = 5_000;
const QUERY = '{ node(id: "pei-gang") { id name } }';

let dataDir: string;
let boltPort: number;
let database: LocalNeo4j | undefined;
let server: ChildProcess | undefined;
let url: string;

const startDatabase = () => startLocalNeo4j({ dataDir, boltPort, heapMiB: 512, pageCacheMiB: 128 });

/** Resolves when the server logs that it is ready; rejects if it exits first. */
function startServer(connection: LocalNeo4j, port: number): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = server;
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('Guanxi is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

async function graphql(): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

const codes = (body: GraphQLResponse) => body.errors?.map((error) => error.extensions?.code);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'guanxi-external-neo4j-'));
  boltPort = await findFreePort();
  database = await startDatabase();
  const port = await findFreePort();
  url = `http://127.0.0.1:${port}`;
  // An empty database: the server applies the schema and seeds the article, as on first start.
  await startServer(database, port);
}, 180_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe('an external Neo4j (NEO4J_URI) that goes away and comes back', () => {
  it('answers DATABASE_UNAVAILABLE while it is gone and serves again within 5 s of its return', async () => {
    const before = await graphql();
    expect(before.body.data).toEqual({ node: { id: 'pei-gang', name: 'Pei Gang' } });

    const gone = database!;
    process.kill(gone.pid!, 'SIGKILL');
    await gone.exited;
    const down = await graphql();
    expect(codes(down.body)).toEqual(['DATABASE_UNAVAILABLE']);
    expect((await fetch(`${url}/health`)).status).toBe(503);

    database = await startDatabase();
    const returnedAt = performance.now();
    let after = await graphql();
    while (codes(after.body) && performance.now() - returnedAt < RETURN_BUDGET_MS + 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await graphql();
    }
    const servingAgainMs = Math.round(performance.now() - returnedAt);
    process.stderr.write(
      `\n[reliability] external Neo4j back on bolt: serving again after ${servingAgainMs} ms\n`,
    );
    expect(after.body).toEqual(before.body);
    expect(servingAgainMs).toBeLessThan(RETURN_BUDGET_MS);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  }, 120_000);
});
