import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger, Executor } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient } from '../helpers/graphql';
import { NESTED_OPERATION } from '../helpers/nested-operation';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * Every read the schema offers is planned from its whole selection and compiled into one
 * Cypher statement. Each operation here is counted (the Executor's `roundTrips`) and its answer
 * compared with the same data read by plain Cypher in the test.
 */
class SharedCountExecutor extends Executor {
  override fork(): Executor {
    return this;
  }
}

let db: TestDatabase;
let counting: SharedCountExecutor;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  counting = new SharedCountExecutor(db.driver, {
    timeoutMs: 30_000,
    logger: createLogger('warn'),
  });
}, 60_000);
afterAll(() => db.close());

async function measure(document: string, variables: Record<string, unknown> = {}, name?: string) {
  const query = graphqlClient(counting);
  counting.roundTrips = 0;
  const response = await query<Record<string, unknown>>(document, variables, {}, name);
  expect(response.errors).toBeUndefined();
  return { data: response.data!, roundTrips: counting.roundTrips };
}

/** Plain Cypher, for expectations computed apart from the API. */
async function cypher(statement: string, params: Record<string, unknown> = {}) {
  return (await db.executor.run('testExpectation', statement, params)).map((row) => row.toObject());
}

describe('the GraphiQL examples: one statement each', () => {
  it.each(['Search', 'Node', 'Neighborhood', 'Affiliations', 'CommonConnections', 'Interlocks'])(
    '%s',
    async (operationName) => {
      const { roundTrips } = await measure(GRAPHIQL_DEFAULT_QUERY, {}, operationName);
      expect(roundTrips).toBe(1);
    },
  );
});

describe('analysis with nested fields: one statement, the answer plain Cypher gives', () => {
  it('commonConnections: members of each shared body, the sources of every node and quote', async () => {
    const { data, roundTrips } = await measure(/* GraphQL */ `
      {
        commonConnections(ids: ["pei-gang", "li-ruxin"]) {
          entity {
            id
            ... on Institution {
              members(first: 5) {
                totalCount
                edges {
                  title
                  node {
                    name
                  }
                }
              }
            }
          }
          ties {
            nodes {
              sources {
                source {
                  title
                }
              }
            }
            steps {
              from {
                name
              }
              evidence {
                quote
                source {
                  text
                }
              }
            }
          }
        }
      }
    `);
    expect(roundTrips).toBe(1);
    const connections = data.commonConnections as {
      entity: {
        id: string;
        members?: { totalCount: number; edges: { title: string; node: { name: string } }[] };
      };
      ties: { steps: { evidence: { quote: string; source: { text: string } }[] }[] }[];
    }[];
    const academy = connections.find((c) => c.entity.id === 'chinese-academy-of-sciences')!;
    const members = await cypher(
      `MATCH (:Institution {id: 'chinese-academy-of-sciences'})<-[r:HOLDS_POSITION|MEMBER_OF]-(p:Person)
       WITH r, p ORDER BY p.name, r.id
       RETURN r.title AS title, p.name AS name`,
    );
    expect(academy.entity.members!.totalCount).toBe(members.length);
    expect(
      academy.entity.members!.edges.map((edge) => ({ title: edge.title, name: edge.node.name })),
    ).toEqual(members);
    for (const evidence of connections.flatMap((c) =>
      c.ties.flatMap((tie) => tie.steps.flatMap((step) => step.evidence)),
    )) {
      expect(evidence.source.text).toContain(evidence.quote);
    }
  });

  it('interlocks: each pair as plain Cypher counts it, and the people’s own offices', async () => {
    const { data, roundTrips } = await measure(/* GraphQL */ `
      {
        interlocks(minShared: 1, first: 50) {
          sharedCount
          institutions {
            name
            parent {
              name
            }
          }
          people {
            person {
              name
              positions(first: 3) {
                totalCount
              }
            }
            ties {
              label
              evidence {
                source {
                  title
                }
              }
            }
          }
        }
      }
    `);
    expect(roundTrips).toBe(1);
    const expected = await cypher(
      `MATCH (a:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)-[:HOLDS_POSITION|MEMBER_OF]->(b:Institution)
       WHERE a.name < b.name
       WITH a, b, count(DISTINCT p) AS shared
       RETURN [a.name, b.name] AS names, shared ORDER BY shared DESC, names`,
    );
    const found = data.interlocks as {
      sharedCount: number;
      institutions: { name: string }[];
      people: { person: { name: string; positions: { totalCount: number } } }[];
    }[];
    expect(
      found.map((pair) => ({
        names: pair.institutions.map((institution) => institution.name),
        shared: pair.sharedCount,
      })),
    ).toEqual(expected);
    const offices = await cypher(
      `MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[:HOLDS_POSITION]->(:Institution) } AS offices`,
    );
    const officesByName = new Map(offices.map((row) => [row.name, row.offices]));
    for (const { person } of found.flatMap((pair) => pair.people)) {
      expect(person.positions.totalCount).toBe(officesByName.get(person.name));
    }
  });
});

describe('nested three levels deep: one statement, the answer plain Cypher gives', () => {
  it('institution → members → their offices → those bodies’ parents', async () => {
    const id = 'shanghai-association-of-overseas-returnees';
    const { data, roundTrips } = await measure(NESTED_OPERATION, { id });
    expect(roundTrips).toBe(1);
    const members = await cypher(
      `MATCH (:Institution {id: $id})<-[r:HOLDS_POSITION|MEMBER_OF]-(p:Person)
       WITH r, p ORDER BY p.name, r.id
       CALL (p) {
         MATCH (p)-[o:HOLDS_POSITION]->(i:Institution)
         WITH o, i ORDER BY i.name, o.id LIMIT 10
         OPTIONAL CALL (i) {
           MATCH (i)-[u:PART_OF]->(parent:Institution)
           WITH u, parent ORDER BY parent.name, u.id LIMIT 1
           RETURN parent
         }
         RETURN collect({ title: o.title, quotes: o.evidenceQuotes, name: i.name, kind: i.kind,
                          parent: parent.name }) AS offices
       }
       RETURN r.title AS title, p.name AS name, offices`,
      { id },
    );
    const node = data.node as {
      name: string;
      members: {
        totalCount: number;
        edges: {
          title: string | null;
          node: {
            name: string;
            positions: {
              edges: {
                title: string | null;
                evidence: { quote: string }[];
                node: { name: string; institutionKind: string; parent: { name: string } | null };
              }[];
            };
          };
        }[];
      };
    };
    expect(node.members.totalCount).toBe(members.length);
    expect(
      node.members.edges.map((edge) => ({
        title: edge.title,
        name: edge.node.name,
        offices: edge.node.positions.edges.map((office) => ({
          title: office.title,
          quotes: office.evidence.map((evidence) => evidence.quote),
          name: office.node.name,
          kind: office.node.institutionKind.toLowerCase().replace(/_/g, '-'),
          parent: office.node.parent?.name ?? null,
        })),
      })),
    ).toEqual(members);
  });

  it('a person → offices → body → members → memberships, with fragments, aliases and variables', async () => {
    const { data, roundTrips } = await measure(
      /* GraphQL */ `
        fragment Body on Institution {
          name
          people: members(first: $size) @include(if: $withPeople) {
            totalCount
            edges {
              node {
                name
                memberships {
                  edges {
                    node {
                      name
                    }
                  }
                }
              }
            }
          }
          firstPerson: members(first: 1) {
            edges {
              node {
                id
              }
            }
          }
          skipped: children @skip(if: true) {
            totalCount
          }
        }
        query ($id: ID!, $size: Int, $withPeople: Boolean!) {
          node(id: $id) {
            ... on Person {
              positions {
                edges {
                  node {
                    ...Body
                  }
                }
              }
            }
          }
        }
      `,
      { id: 'pei-gang', size: 5, withPeople: true },
    );
    expect(roundTrips).toBe(1);
    const expected = await cypher(
      `MATCH (:Person {id: 'pei-gang'})-[:HOLDS_POSITION]->(i:Institution)
       CALL (i) {
         MATCH (i)<-[r:HOLDS_POSITION|MEMBER_OF]-(p:Person)
         WITH r, p ORDER BY p.name, r.id
         CALL (p) {
           MATCH (p)-[m:MEMBER_OF]->(b:Institution)
           WITH m, b ORDER BY b.name, m.id
           RETURN collect(b.name) AS memberships
         }
         RETURN collect({ name: p.name, memberships: memberships, id: p.id }) AS people
       }
       RETURN i.name AS name, people ORDER BY i.name`,
    );
    const offices = (data.node as { positions: { edges: { node: Record<string, unknown> }[] } })
      .positions.edges;
    expect(offices.map((office) => office.node.name)).toEqual(expected.map((row) => row.name));
    offices.forEach((office, index) => {
      const people = expected[index]!.people as {
        name: string;
        memberships: string[];
        id: string;
      }[];
      const body = office.node as {
        people: {
          totalCount: number;
          edges: { node: { name: string; memberships: { edges: { node: { name: string } }[] } } }[];
        };
        firstPerson: { edges: { node: { id: string } }[] };
        skipped?: unknown;
      };
      expect(body.skipped).toBeUndefined();
      expect(body.people.totalCount).toBe(people.length);
      expect(
        body.people.edges.map((edge) => ({
          name: edge.node.name,
          memberships: edge.node.memberships.edges.map((m) => m.node.name),
        })),
      ).toEqual(people.slice(0, 5).map(({ name, memberships }) => ({ name, memberships })));
      expect(body.firstPerson.edges.map((edge) => edge.node.id)).toEqual(
        people.slice(0, 1).map((person) => person.id),
      );
    });
  });

  it('lists, search, the neighbourhood, the overview and a source with nested fields', async () => {
    const operations: [string, Record<string, unknown>][] = [
      [
        `{ institutions(first: 5) { totalCount edges { node { name parent { name }
             members(first: 3) { edges { node { name events { edges { node { name } } } } } } } } } }`,
        {},
      ],
      [
        `{ search(text: "pei gang") { entity { name ... on Person { positions { edges { node { name } } } } } } }`,
        {},
      ],
      [
        `{ neighborhood(id: "pei-gang", depth: 2) { nodes { entity { name sources { source { title } }
             ... on Institution { location { name } } } } } }`,
        {},
      ],
      [
        `{ overview { totalEntities subgraph { nodes { entity { name ... on Event { partOf { name } } } } } } }`,
        {},
      ],
      [`{ source(id: "article-000-909d8094033b2388") { title text } }`, {}],
      [`{ graphStats { labels { label count } } }`, {}],
    ];
    for (const [document, variables] of operations) {
      expect((await measure(document, variables)).roundTrips).toBe(1);
    }
  });

  it('a list page after a keyset cursor, with nested fields and the total', async () => {
    const first = await measure(`{ people(first: 2) { pageInfo { endCursor } } }`);
    const after = (first.data.people as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const { data, roundTrips } = await measure(
      `query ($after: String) { people(first: 2, after: $after) { totalCount
         edges { node { name ... on Person { memberships { totalCount } } } } } }`,
      { after },
    );
    expect(roundTrips).toBe(1);
    const expected = await cypher(
      `MATCH (p:Person) WITH p ORDER BY p.name, p.id SKIP 2 LIMIT 2
       RETURN p.name AS name, COUNT { (p)-[:MEMBER_OF]->(:Institution) } AS memberships`,
    );
    const page = data.people as {
      totalCount: number;
      edges: { node: { name: string; memberships: { totalCount: number } } }[];
    };
    expect(page.totalCount).toBe((await cypher(`MATCH (p:Person) RETURN count(p) AS n`))[0]!.n);
    expect(
      page.edges.map((edge) => ({
        name: edge.node.name,
        memberships: edge.node.memberships.totalCount,
      })),
    ).toEqual(expected);
  });
});

describe('only what is selected is read, and nothing read in part is answered to a field that asks for more', () => {
  const MEMBERS_OF_CAS = `node(id: "chinese-academy-of-sciences") { ... on Institution { members(first: 5)`;

  it('a second root field reading the same page with more fields gets them all', async () => {
    const { data } = await measure(`{
      lean: ${MEMBERS_OF_CAS} { edges { title node { name } } } } }
      full: ${MEMBERS_OF_CAS} { edges { title evidence { quote } node { name aliases sources { quote } } } } } }
    }`);
    const expected = await cypher(
      `MATCH (:Institution {id: 'chinese-academy-of-sciences'})<-[r:HOLDS_POSITION|MEMBER_OF]-(p:Person)
       WITH r, p ORDER BY p.name, r.id
       RETURN r.title AS title, r.evidenceQuotes AS quotes, p.name AS name,
              coalesce(p.aliases, []) AS aliases, p.evidenceQuotes AS sources`,
    );
    type Edge = {
      title: string;
      evidence?: { quote: string }[];
      node: { name: string; aliases?: string[]; sources?: { quote: string }[] };
    };
    const edgesOf = (field: unknown) => (field as { members: { edges: Edge[] } }).members.edges;
    expect(expected.length).toBeGreaterThan(0);
    expect(edgesOf(data.lean)).toEqual(
      expected.map(({ title, name }) => ({ title, node: { name } })),
    );
    expect(
      edgesOf(data.full).map((edge) => ({
        title: edge.title,
        quotes: edge.evidence!.map((e) => e.quote),
        name: edge.node.name,
        aliases: edge.node.aliases,
        sources: edge.node.sources!.map((e) => e.quote),
      })),
    ).toEqual(expected);
    expect(expected.some(({ quotes }) => (quotes as string[]).length > 0)).toBe(true);
  });
});
