import type { Executor } from '@guanxi/server';
import { postGraphQL } from './graphql-client';
import { GUANXI_NEIGHBOURHOOD, neighbourhoodOfGuanxi } from './operations/neighbourhood';

/** The institution with the most office holders and members: the nested operation's subject. */
export async function busiestInstitution(executor: Executor): Promise<string> {
  const [row] = await executor.run(
    'benchBusiestInstitution',
    `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
     RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 1`,
  );
  if (!row) throw new Error('the graph has no institution with people');
  return String(row.get('id'));
}

const FIRST_PEOPLE = /* GraphQL */ `
  query FirstPeople {
    people(first: 50, orderBy: { field: NAME }) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

/**
 * The neighbourhood's subject: of the first 50 people by name, the one with the most nodes
 * within two hops that the neighbourhood's limit does not cut.
 */
export async function roomiestNeighbourhood(guanxiUrl: string): Promise<string> {
  const data = (await postGraphQL(guanxiUrl, { query: FIRST_PEOPLE })) as {
    people: { edges: { node: { id: string } }[] };
  };
  let best: { id: string; nodes: number } | undefined;
  for (const { node } of data.people.edges) {
    const answer = await postGraphQL(guanxiUrl, {
      query: GUANXI_NEIGHBOURHOOD,
      variables: { id: node.id },
    });
    const { truncated } = (answer as { neighborhood: { truncated: boolean } }).neighborhood;
    if (truncated) continue;
    const nodes = neighbourhoodOfGuanxi(answer).nodes.length;
    if (!best || nodes > best.nodes) best = { id: node.id, nodes };
  }
  if (!best) throw new Error('every one of the first 50 people has a neighbourhood over the limit');
  return best.id;
}
