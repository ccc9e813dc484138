import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  findFreePort,
  type SupervisedNeo4j,
  type SupervisorEvent,
  superviseLocalNeo4j,
} from '@guanxi/neo4j-local';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
  Executor,
} from '@guanxi/server';
import type { Driver } from 'neo4j-driver';
import type { GraphQLResponse } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';

/**
 * The database going away for real: its own local Neo4j (own folder, free port) under the same
 * supervisor as `npm start`, the real server on a free port, and `kill -9` of the JVM. Upper
 * bounds on how fast the failure answers are the point here; they keep a margin below the budgets
 * (5 s for a request, 2 s for /health, 15 s to serve again) for a busy 2-core machine.
 */

/** A request of several statements (the node, then its positions through a loader). */
const QUERY = /* GraphQL */ `
  {
    node(id: "pei-gang") {
      id
      name
      ... on Person {
        positions(first: 10) {
          totalCount
          edges {
            title
            node {
              id
              name
            }
          }
        }
      }
    }
  }
`;

const REQUEST_BUDGET_MS = 5_000;
const HEALTH_BUDGET_MS = 2_000;
const RESTART_BUDGET_MS = 15_000;

let dataDir: string;
let local: SupervisedNeo4j;
let driver: Driver;
let server: Server;
let url: string;
const events: SupervisorEvent[] = [];
const waiters: { type: SupervisorEvent['type']; resolve: (event: SupervisorEvent) => void }[] = [];

/** The next supervisor event of this type. */
function nextEvent(type: SupervisorEvent['type']): Promise<SupervisorEvent> {
  return new Promise((resolve) => waiters.push({ type, resolve }));
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: Math.round(performance.now() - started) };
}

async function graphql(): Promise<{ status: number; text: string; body: GraphQLResponse }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphQLResponse };
}

async function health(): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

const codes = (body: GraphQLResponse) => body.errors?.map((error) => error.extensions?.code);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'guanxi-reliability-neo4j-'));
  local = await superviseLocalNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heapMiB: 512,
    pageCacheMiB: 128,
    onEvent: (event) => {
      events.push(event);
      for (const waiter of waiters.splice(0)) {
        if (waiter.type === event.type) waiter.resolve(event);
        else waiters.push(waiter);
      }
    },
  });
  driver = createDriver(local);
  const logger = createLogger(process.env.GUANXI_TEST_LOG ?? 'silent');
  const executor = new Executor(driver, { timeoutMs: 10_000, logger });
  await applyMigrations(executor);
  await seedArticle(executor);
  server = createHttpServer(createGuanxiYoga({ executor, logger, tokens: [] }), executor);
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await driver?.close();
  await local?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the local Neo4j killed with kill -9', () => {
  it('answers DATABASE_UNAVAILABLE and 503 at once, then the supervisor brings the same data back', async () => {
    const before = await graphql();
    expect(codes(before.body)).toBeUndefined();
    expect((await health()).status).toBe(200);

    const exited = nextEvent('exited');
    const restarted = nextEvent('restarted');
    process.kill(local.pid!, 'SIGKILL');
    await exited;
    const killedAt = performance.now();

    // The request and the health check at the same moment: /health must not wait on the
    // driver's retries that the request is going through.
    const [down, unhealthy] = await Promise.all([timed(graphql()), timed(health())]);
    expect(codes(down.value.body)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.value.status).toBeLessThan(500);
    expect(down.value.text).not.toMatch(
      /bolt:|127\.0\.0\.1|Neo4jError|ServiceUnavailable|at .*\.ts/,
    );
    expect(down.ms).toBeLessThan(REQUEST_BUDGET_MS);
    expect(unhealthy.value.status).toBe(503);
    expect(unhealthy.value.body).toMatchObject({ status: 'unavailable', neo4j: 'down' });
    expect(unhealthy.value.body.reason).toEqual(expect.any(String));
    expect(unhealthy.ms).toBeLessThan(HEALTH_BUDGET_MS);

    // Known down: the next request and health check answer from that knowledge.
    const [downAgain, unhealthyAgain] = await Promise.all([timed(graphql()), timed(health())]);
    expect(codes(downAgain.value.body)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(downAgain.ms).toBeLessThan(REQUEST_BUDGET_MS);
    expect(unhealthyAgain.value.status).toBe(503);
    expect(unhealthyAgain.ms).toBeLessThan(HEALTH_BUDGET_MS);

    // The supervisor starts the JVM again on the same port and folder; the same driver reconnects.
    let after = await graphql();
    while (codes(after.body) && performance.now() - killedAt < RESTART_BUDGET_MS + 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await graphql();
    }
    const servingAgainMs = Math.round(performance.now() - killedAt);
    process.stderr.write(
      `\n[reliability] request DATABASE_UNAVAILABLE in ${down.ms} ms (again: ${downAgain.ms} ms), ` +
        `/health 503 in ${unhealthy.ms} ms (again: ${unhealthyAgain.ms} ms), ` +
        `serving the same data again ${servingAgainMs} ms after the JVM exited ` +
        `(supervisor: ${JSON.stringify(events)})\n`,
    );
    expect(codes(after.body)).toBeUndefined();
    expect(after.body.data).toEqual(before.body.data);
    expect(servingAgainMs).toBeLessThan(RESTART_BUDGET_MS);
    expect(await restarted).toMatchObject({ type: 'restarted', attempt: 1 });
    expect((await health()).status).toBe(200);
  }, 60_000);
});
