/**
 * The nested operation the round-trip test counts and `npm run bench` times: an institution, its people (first 100) with their titles, each
 * person's offices (first 10) with evidence, and each office's institution with its parent.
 */
export const NESTED_OPERATION = /* GraphQL */ `
  query Nested($id: ID!) {
    node(id: $id) {
      name
      ... on Institution {
        members(first: 100) {
          totalCount
          edges {
            title
            node {
              name
              positions(first: 10) {
                edges {
                  title
                  evidence {
                    quote
                  }
                  node {
                    name
                    institutionKind
                    parent {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
