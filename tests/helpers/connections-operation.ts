import type { RelationType } from '@guanxi/graph-schema';

/** One path of `connections`, as CONNECTIONS_OPERATION selects it. */
export interface PathResult {
  length: number;
  nodes: { id: string }[];
  steps: {
    from: { id: string };
    to: { id: string };
    type: RelationType;
    relationshipId: string;
    sentence: string;
    evidence: { quote: string; start: number; end: number }[];
  }[];
}

/** Who-knows-whom with every argument a variable: the tests of `connections` share it. */
export const CONNECTIONS_OPERATION = /* GraphQL */ `
  query (
    $from: ID!
    $to: ID!
    $maxHops: Int
    $first: Int
    $avoid: [ID!]
    $relationTypes: [RelationType!]
  ) {
    connections(
      from: $from
      to: $to
      maxHops: $maxHops
      first: $first
      avoid: $avoid
      relationTypes: $relationTypes
    ) {
      length
      nodes {
        id
      }
      steps {
        from {
          id
        }
        to {
          id
        }
        type
        relationshipId
        sentence
        evidence {
          quote
          start
          end
        }
      }
    }
  }
`;
