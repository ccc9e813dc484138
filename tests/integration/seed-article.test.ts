import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ENTITY_KINDS,
  type GraphFileInput,
  LABEL_OF_KIND,
  RELATION_TYPES,
} from '@guanxi/graph-schema';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

const articleFile = JSON.parse(readFileSync(ARTICLE_GRAPH_FILE, 'utf8')) as GraphFileInput;

interface Stats {
  graphStats: {
    labels: { label: string; count: number }[];
    relationshipTypes: { type: string; count: number }[];
  };
}

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

async function graphStats(): Promise<{
  labels: Record<string, number>;
  types: Record<string, number>;
}> {
  const response = await graphqlClient(db.executor)<Stats>(
    /* GraphQL */ '{ graphStats { labels { label count } relationshipTypes { type count } } }',
  );
  expect(response.errors).toBeUndefined();
  return {
    labels: Object.fromEntries(response.data!.graphStats.labels.map((l) => [l.label, l.count])),
    types: Object.fromEntries(
      response.data!.graphStats.relationshipTypes.map((t) => [t.type, t.count]),
    ),
  };
}

/** Every property of every node and relationship, in a stable order. */
async function snapshot(): Promise<unknown> {
  const [row] = await db.executor.run(
    'snapshotGraph',
    `CALL () { MATCH (n) RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes }
     CALL () { MATCH (a)-[r]->(b) RETURN collect({from: a.id, type: type(r), to: b.id, properties: properties(r)}) AS relationships }
     RETURN nodes, relationships`,
  );
  const sortById = (list: { properties: Record<string, unknown> }[]) =>
    [...list].sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)));
  return {
    nodes: sortById(row!.get('nodes')),
    relationships: sortById(row!.get('relationships')),
  };
}

describe('seed: the article graph in the real Neo4j', () => {
  it('graphStats counts match the data file, per label and relationship type', async () => {
    await seedArticle(db.executor);
    const { labels, types } = await graphStats();
    for (const kind of ENTITY_KINDS) {
      expect(labels[LABEL_OF_KIND[kind]]).toBe(
        articleFile.entities.filter((e) => e.kind === kind).length,
      );
    }
    expect(labels.Source).toBe(1);
    for (const type of RELATION_TYPES.filter((t) => t !== 'MENTIONED')) {
      expect(types[type]).toBe(articleFile.relationships.filter((r) => r.type === type).length);
    }
    expect(types.MENTIONED).toBe(articleFile.entities.length);
  });

  it('seeding again changes nothing: same counts, same property values', async () => {
    // The seed scores the graph again (see `npm run analyse`): the scores must come out the same,
    // only the time of that run moves on.
    const withoutRunTime = (graph: unknown) =>
      JSON.parse(
        JSON.stringify(graph, (key, value: unknown) =>
          key === 'scoresComputedAt' ? undefined : value,
        ),
      ) as unknown;
    const before = await snapshot();
    await seedArticle(db.executor);
    const after = await snapshot();
    expect(withoutRunTime(after)).toEqual(withoutRunTime(before));
    expect(JSON.stringify(after)).toContain('scoresComputedAt');
  });
});
