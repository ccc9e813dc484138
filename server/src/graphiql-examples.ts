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

  # What do these share? Entities tied to at least two of them, directly or through one body.
  query CommonConnections {
    commonConnections(ids: ["pei-gang", "li-ruxin"], first: 10) {
      sharedCount
      directCount
      entity {
        id
        name
      }
      ties {
        nodes {
          id
        }
        steps {
          sentence
          evidence {
            quote
          }
        }
      }
    }
  }

  # Institutional interlocks: pairs of bodies that share people, with their titles.
  query Interlocks {
    interlocks(kinds: [ACADEMY, ASSOCIATION], minShared: 1) {
      sharedCount
      institutions {
        id
        name
      }
      people {
        person {
          name
        }
        ties {
          label
          institution {
            id
          }
          evidence {
            quote
          }
        }
      }
    }
  }

  # Who matters, graph-wide (stored by npm run analyse): the people with the highest PageRank.
  query PeopleAsOf {
    people(where: { relatedTo: "cppcc-12th-national-committee" }, asOf: "2015", strictDates: true) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }

  query WhoMatters {
    people(orderBy: { field: PAGE_RANK, direction: DESC }, first: 5) {
      edges {
        node {
          name
          scores {
            degree
            betweenness
            pageRank
            community
            computedAt
          }
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

  # Saved views: a name and a note for an explorer link (open /?<state>). Saving the same name
  # again replaces your view of that name; reading them needs no token.
  mutation SaveView {
    saveView(
      input: {
        name: "Pei Gang and the academy"
        note: "Who else sits in the Chinese Academy of Sciences?"
        state: "focus=pei-gang&expand=chinese-academy-of-sciences&v=1"
      }
    ) {
      id
      savedBy
      updatedAt
    }
  }

  query SavedViews {
    savedViews(first: 10) {
      totalCount
      edges {
        node {
          id
          name
          note
          state
          savedBy
          updatedAt
        }
      }
    }
  }
`;
