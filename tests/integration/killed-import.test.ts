import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkGraph } from '@guanxi/graph-io';
import { ENTITY_KINDS, ENTITY_RELATION_TYPES, type ValidatedGraph } from '@guanxi/graph-schema';
import { generateSyntheticGraph } from '@guanxi/seed';
import { exportGraph } from '@guanxi/server';
import { openEmptyTestDatabase, type TestDatabase, testConnection } from '../helpers/test-database';

/**
 * `npm run seed:synthetic` killed with SIGKILL in the middle of its load: no clean-up code
 * runs, the open transaction dies with its connection. Each batch (one transaction) must be
 * there whole or not at all, and running the command again completes the graph.
 */
const PEOPLE = Number(process.env.GUANXI_KILLED_IMPORT_PEOPLE ?? 3_000);
const SEED = 11;
/** The CLI's batch: 1,000 records per UNWIND, one transaction each. */
const BATCH = 1000;

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

/** The CLI in one node process (tsx as a loader, not its own child), so SIGKILL reaches the loader itself. */
function synthetic(): {
  exited: Promise<{ code: number | null; signal: string | null; stderr: string }>;
  kill(): void;
} {
  const connection = testConnection();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/src/cli/synthetic.ts',
      '--people',
      String(PEOPLE),
      '--seed',
      String(SEED),
    ],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { exited, kill: () => child.kill('SIGKILL') };
}

async function counts(): Promise<{ entities: number; relationships: number; nodes: number }> {
  const [row] = await db.executor.run(
    'killedImportCounts',
    `RETURN COUNT { (:Entity) } AS entities, COUNT { ()-[r]->() WHERE type(r) IN $types } AS relationships,
            COUNT { (n) WHERE NOT n:SchemaMigration } AS nodes`,
    { types: ENTITY_RELATION_TYPES },
  );
  return row!.toObject() as { entities: number; relationships: number; nodes: number };
}

/**
 * What the database holds is, per kind and per type, whole batches from the start of the loader's
 * plan, each record exactly as generated: every property, every label, both ends.
 */
function expectWholeBatches(
  graph: ValidatedGraph,
  exported: Awaited<ReturnType<typeof exportGraph>>,
) {
  const groups = [
    ...ENTITY_KINDS.map((kind) => ({
      name: kind,
      planned: graph.entities.filter((entity) => entity.kind === kind),
      present: exported.entities.filter((entity) => entity.kind === kind),
    })),
    ...ENTITY_RELATION_TYPES.map((type) => ({
      name: type,
      planned: graph.relationships.filter((relationship) => relationship.type === type),
      present: exported.relationships.filter((relationship) => relationship.type === type),
    })),
  ];
  const byId = (a: { id?: string }, b: { id?: string }) => String(a.id).localeCompare(String(b.id));
  for (const { name, planned, present } of groups) {
    const whole = present.length === planned.length || present.length % BATCH === 0;
    expect({ name, count: present.length, whole }).toEqual({
      name,
      count: present.length,
      whole: true,
    });
    // Export parsed every record against the schema; here each is also exactly the planned one.
    expect([...present].sort(byId)).toEqual([...planned.slice(0, present.length)].sort(byId));
  }
}

describe('a killed import', () => {
  const generated = generateSyntheticGraph({ people: PEOPLE, seed: SEED });
  const checked = checkGraph(generated, () => undefined);
  if (!checked.ok) throw new Error('the synthetic graph must be valid');
  const graph = checked.graph;

  it('leaves whole batches only, and a second run completes it without duplicates', async () => {
    const load = synthetic();
    let killedAt: { entities: number; relationships: number } | undefined;
    // Kill once relationship batches are landing: entities are all in, relationships part-way.
    const deadline = Date.now() + 25_000;
    while (!killedAt && Date.now() < deadline) {
      const now = await counts();
      if (now.relationships > 0) {
        load.kill();
        killedAt = now;
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const { signal, stderr } = await load.exited;
    expect({ signal, killedAt: killedAt !== undefined }).toEqual({
      signal: 'SIGKILL',
      killedAt: true,
    });
    expect(stderr).toMatch(/Generated/);

    const partial = await exportGraph(db.executor);
    const after = await counts();
    process.stderr.write(
      `killed-import: killed at ${JSON.stringify(killedAt)}; left ${after.entities} of ${graph.entities.length} entities, ` +
        `${after.relationships} of ${graph.relationships.length} relationships\n`,
    );
    expect(after.relationships).toBeGreaterThan(0);
    expect(after.relationships).toBeLessThan(graph.relationships.length);
    expectWholeBatches(graph, partial);

    const rerun = synthetic();
    expect(await rerun.exited).toMatchObject({ code: 0 });
    const complete = await exportGraph(db.executor);
    expect(complete.entities).toEqual([...graph.entities].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(complete.relationships).toHaveLength(graph.relationships.length);
    expectWholeBatches(graph, complete);
    // No duplicates: one node per entity id, one relationship per relationship id.
    const final = await counts();
    expect(final).toMatchObject({
      entities: graph.entities.length,
      relationships: graph.relationships.length,
    });
    const [row] = await db.executor.run(
      'killedImportDistinct',
      `MATCH (n:Entity) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids
       MATCH ()-[r]->() WHERE type(r) IN $types
       RETURN nodes, ids, count(r) AS relationships, count(DISTINCT r.id) AS relationshipIds`,
      { types: ENTITY_RELATION_TYPES },
    );
    const distinct = row!.toObject();
    expect(distinct.nodes).toBe(distinct.ids);
    expect(distinct.relationships).toBe(distinct.relationshipIds);
  }, 60_000);
});
