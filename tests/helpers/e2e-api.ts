/**
 * Asks the e2e server's GraphQL API directly, so that a browser test can compare what the
 * canvas draws with what the API answers for the same question.
 */
export async function neighbourhoodIds(
  serverUrl: string,
  variables: { id: string; depth?: number; limit: number; relationTypes?: string[] },
): Promise<string[]> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: /* GraphQL */ `
        query E2eNeighbourhood(
          $id: ID!
          $depth: Int
          $limit: Int
          $relationTypes: [RelationType!]
        ) {
          neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $relationTypes) {
            nodes {
              id
            }
          }
        }
      `,
      variables,
    }),
  });
  const body = (await response.json()) as {
    data?: { neighborhood: { nodes: { id: string }[] } };
    errors?: { message: string }[];
  };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data.neighborhood.nodes.map((node) => node.id);
}

/** The ids of several answers together, sorted: what the canvas holds after those steps. */
export const union = (...answers: readonly string[][]): string[] =>
  [...new Set(answers.flat())].sort();
