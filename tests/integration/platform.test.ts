import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphqlClient } from '../helpers/graphql';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

describe('platform: GraphQL over the real Neo4j', () => {
  it('graphStats counts what the database holds, per label and relationship type', async () => {
    await db.executor.write(
      'createFixture',
      `CREATE (:Entity:Person {id: 'a', name: 'A'})-[:MEMBER_OF {id: 'r'}]->(:Entity:Institution {id: 'b', name: 'B'})`,
    );
    const query = graphqlClient(db.executor);
    const response = await query<{
      graphStats: {
        labels: { label: string; count: number }[];
        relationshipTypes: { type: string; count: number }[];
      };
    }>('{ graphStats { labels { label count } relationshipTypes { type count } } }');
    expect(response.errors).toBeUndefined();
    const labels = Object.fromEntries(
      response.data!.graphStats.labels.map((l) => [l.label, l.count]),
    );
    const types = Object.fromEntries(
      response.data!.graphStats.relationshipTypes.map((t) => [t.type, t.count]),
    );
    expect(labels).toMatchObject({ Person: 1, Institution: 1, Event: 0 });
    expect(types).toMatchObject({ MEMBER_OF: 1, HOLDS_POSITION: 0 });
  });

  it('applies the schema: unique ids and the full-text index over names and aliases', async () => {
    const constraints = await db.executor.read(
      'listConstraints',
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
    );
    expect(constraints[0]!.get('names')).toEqual(
      expect.arrayContaining(['entity_id_unique', 'person_id_unique']),
    );
    const indexes = await db.executor.read(
      'listIndexes',
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN collect(name) AS names",
    );
    expect(indexes[0]!.get('names')).toContain('entity_names');
  });
});
