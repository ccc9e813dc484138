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

  query History {
    history(id: "pei-gang", first: 10) {
      at
      actor
      operation
      subjects
      before
      after
      undoneBy
    }
  }

  # Changes need a token: add the header {"Authorization": "Bearer <token>"} below.
  # A merge answers an auditId; undoMerge(auditId:) puts everything back.
  mutation Merge($keepId: ID!, $mergeId: ID!) {
    mergeEntities(keepId: $keepId, mergeId: $mergeId) {
      auditId
      movedRelationships
      combinedRelationships
      entity {
        id
        name
        aliases
      }
    }
  }

  mutation UndoMerge($auditId: ID!) {
    undoMerge(auditId: $auditId) {
      id
      at
      actor
      operation
      subjects
    }
  }

  # Ingest: propose from an article (nothing is written yet), decide, then commit.
  mutation ProposeIngest($text: String!) {
    proposeIngest(input: { text: $text }) {
      id
      preview {
        entitiesToCreate
        entitiesToMatch
        relationshipsToWrite
      }
      entities {
        id
        kind
        name
        confidence
        matchReasons
        match {
          id
        }
      }
      relationships {
        id
        type
        label
        from {
          name
        }
        to {
          name
        }
      }
    }
  }

  mutation DecideIngest($draftId: ID!, $decisions: [IngestDecisionInput!]!) {
    decideIngest(draftId: $draftId, decisions: $decisions) {
      preview {
        entitiesToCreate
        entitiesToMatch
        relationshipsToWrite
      }
    }
  }

  mutation CommitIngest($draftId: ID!) {
    commitIngest(draftId: $draftId) {
      entitiesCreated
      entitiesMatched
      relationshipsCreated
      relationshipsMatched
    }
  }
`;
