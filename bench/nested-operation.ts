import type { Driver } from 'neo4j-driver';

export interface NestedShape {
  members: number;
  positions: number;
}

interface GraphQLNested {
  node: {
    members: { totalCount: number; edges: { node: { positions: { edges: unknown[] } } }[] };
  };
}

export const shapeOfGraphQL = (data: GraphQLNested): NestedShape => ({
  members: data.node.members.edges.length,
  positions: data.node.members.edges.reduce((sum, e) => sum + e.node.positions.edges.length, 0),
});

/**
 * The same data, hand-written as one Cypher statement through the raw driver: the baseline a
 * careful engineer would write without GraphQL. Same ordering and page sizes as the resolvers.
 */
const BASELINE_CYPHER = `
  MATCH (i:Institution {id: $id})
  CALL (i) {
    MATCH (i)<-[r:HOLDS_POSITION|MEMBER_OF]-(p:Person)
    WITH r, p ORDER BY p.name, r.id
    WITH collect({r: r, p: p}) AS ranked
    RETURN size(ranked) AS total, ranked[0..100] AS page
  }
  UNWIND page AS member
  WITH i, total, member.r AS r, member.p AS p
  CALL (p) {
    MATCH (p)-[q:HOLDS_POSITION]->(j:Institution)
    WITH q, j ORDER BY j.name, q.id LIMIT 10
    OPTIONAL CALL (j) {
      MATCH (j)-[:PART_OF]->(parent:Institution)
      RETURN parent ORDER BY parent.name LIMIT 1
    }
    RETURN collect({ title: q.title, evidence: q.evidenceQuotes, name: j.name, kind: j.kind,
                     parent: parent.name }) AS positions
  }
  RETURN i.name AS name, total, collect({ title: r.title, name: p.name, positions: positions }) AS members`;

export async function runBaseline(driver: Driver, id: string): Promise<NestedShape> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(BASELINE_CYPHER, { id }));
    const members = (result.records[0]?.get('members') ?? []) as { positions: unknown[] }[];
    return {
      members: members.length,
      positions: members.reduce((sum, m) => sum + m.positions.length, 0),
    };
  } finally {
    await session.close();
  }
}
