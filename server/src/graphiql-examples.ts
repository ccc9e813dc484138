/** What GraphiQL opens with: one example of each main operation, against the seeded article. */
export const GRAPHIQL_DEFAULT_QUERY = /* GraphQL */ `
  # Guanxi: who knows whom. Pick an operation with the ▶ button.

  query Search {
    search(text: "pei gnag", first: 5) {
      score
      matched
      entity {
        id
        kind
        name
      }
    }
  }

  query Node {
    node(id: "pei-gang") {
      id
      name
      ... on Person {
        positions(first: 5) {
          totalCount
          edges {
            title
            node {
              id
              name
              institutionKind
            }
            evidence {
              quote
            }
          }
        }
      }
    }
  }

  query Neighborhood {
    neighborhood(id: "shanghai-association-of-overseas-returnees", depth: 2, limit: 50) {
      truncated
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        source
        target
        label
      }
    }
  }

  query Connections {
    connections(from: "pei-gang", to: "li-ruxin", maxHops: 4, first: 3) {
      length
      nodes {
        id
        name
      }
      steps {
        sentence
        evidence {
          quote
        }
      }
    }
  }

  query Affiliations {
    affiliations(id: "communist-party-of-china") {
      subBodies {
        depth
        institution {
          name
        }
        parent {
          name
        }
      }
      people {
        label
        person {
          name
        }
        institution {
          name
        }
      }
    }
  }
`;
