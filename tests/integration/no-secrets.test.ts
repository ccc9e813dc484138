import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@guanxi/neo4j-local';
import { openEmptyTestDatabase, type TestDatabase, testConnection } from '../helpers/test-database';
import { quote } from '../helpers/write-fixtures';

/**
 * The real server (`npm start`'s main.ts) as a child process against the test Neo4j, logging
 * everything (LOG_LEVEL=debug, JSON): after representative traffic, no log line and no response
 * body holds the Neo4j password or a configured token.
 */
const WRITE_TOKEN = `w-${randomBytes(16).toString('hex')}`;
const ADMIN_TOKEN = `a-${randomBytes(16).toString('hex')}`;
const READ_TOKEN = `r-${randomBytes(16).toString('hex')}`;

let db: TestDatabase;
let server: ChildProcess;
let url: string;
let logs = '';
const bodies: string[] = [];

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  const connection = testConnection();
  const port = await findFreePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      GUANXI_TOKENS: `curator:write:${WRITE_TOKEN},chief:admin:${ADMIN_TOKEN},reader:read:${READ_TOKEN}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready:\n${logs}`)), 45_000);
    const collect = (chunk: Buffer) => {
      logs += chunk.toString();
      if (logs.includes('Guanxi is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout!.on('data', collect);
    server.stderr!.on('data', collect);
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${logs}`)));
  });
  await ready;
}, 60_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await db.close();
});

async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  bodies.push(body);
  return { status: response.status, body };
}

async function raw(path: string, init: RequestInit = {}): Promise<void> {
  const response = await fetch(`${url}${path}`, init);
  bodies.push(await response.text());
}

describe('no secret in a log line or a response', () => {
  it('keeps the Neo4j password and every token out of logs and responses', async () => {
    const { password } = testConnection();
    expect(password.length).toBeGreaterThanOrEqual(8);

    // Reads, anonymous and with a token.
    expect((await graphql('{ search(text: "Pei") { entity { id name } } }')).status).toBe(200);
    await graphql('query ($id: ID!) { node(id: $id) { id name } }', { id: 'pei-gang' }, READ_TOKEN);
    await graphql('query ($id: ID!) { neighborhood(id: $id) { nodes { id } } }', {
      id: 'pei-gang',
    });
    await graphql('query ($id: ID!) { history(id: $id) { actor operation } }', { id: 'pei-gang' });

    // Writes with the right token.
    const created = await graphql(
      'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      {
        input: {
          kind: 'PERSON',
          id: 'secret-test-person',
          name: 'Mr. Pei',
          evidence: [quote('Mr. Pei Gang')],
        },
      },
      WRITE_TOKEN,
    );
    expect(created.body).toContain('secret-test-person');
    await graphql(
      'mutation { updateEntity(id: "secret-test-person", input: { note: "n" }) { id } }',
      {},
      ADMIN_TOKEN,
    );
    const history = await graphql(
      'query { history(id: "secret-test-person") { actor operation } }',
    );
    expect(history.body).toContain('curator');

    // Wrong tokens: a guess, a near miss around a real token, a read token, a malformed header.
    const refused = [
      await graphql('mutation { unlink(id: "x") { id } }', {}, 'not-a-token'),
      await graphql('mutation { unlink(id: "x") { id } }', {}, `${WRITE_TOKEN}x`),
      await graphql('mutation { unlink(id: "x") { id } }', {}, WRITE_TOKEN.slice(0, -1)),
      await graphql('mutation { unlink(id: "x") { id } }', {}, READ_TOKEN),
    ];
    for (const answer of refused) expect(answer.body).toMatch(/errors/);
    await raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${WRITE_TOKEN}` },
      body: JSON.stringify({ query: 'mutation { unlink(id: "x") { id } }' }),
    });

    // Errors: bad input, an unknown field, broken JSON, a missing entity, the health page.
    await graphql(
      'mutation ($input: LinkInput!) { link(input: $input) { id } }',
      { input: { type: 'MEMBER_OF', from: 'nobody', to: 'nothing', evidence: [] } },
      WRITE_TOKEN,
    );
    await graphql('{ nosuchfield }', {}, WRITE_TOKEN);
    await raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: '{"query": "{ search(text: ',
    });
    await graphql('query { node(id: "no-such-entity") { id } }', {}, ADMIN_TOKEN);
    await raw('/health');
    await raw('/no-such-page');

    // Let the last log lines reach the pipe.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lines = logs.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(10);
    expect(bodies.length).toBeGreaterThan(15);
    const secrets = { password, WRITE_TOKEN, ADMIN_TOKEN, READ_TOKEN };
    for (const [name, secret] of Object.entries(secrets)) {
      const leakingLines = lines.filter((line) => line.includes(secret));
      const leakingBodies = bodies.filter((body) => body.includes(secret));
      expect({ name, leakingLines, leakingBodies }).toEqual({
        name,
        leakingLines: [],
        leakingBodies: [],
      });
    }
  }, 60_000);
});
