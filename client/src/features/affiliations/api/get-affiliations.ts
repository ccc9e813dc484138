import { graphql, type ResultOf } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';

const AffiliationsQuery = graphql(`
  query Affiliations($id: ID!, $transitive: Boolean) {
    affiliations(id: $id, transitive: $transitive) {
      entity {
        id
        kind
        name
      }
      institutions {
        label
        type
        institution {
          id
          kind
          name
        }
        parentChain {
          id
          kind
          name
        }
      }
      parentChain {
        id
        kind
        name
      }
      subBodies {
        depth
        institution {
          id
          kind
          name
        }
        parent {
          id
        }
      }
      people {
        label
        type
        person {
          id
          kind
          name
        }
        institution {
          id
          kind
          name
        }
      }
    }
  }
`);

export type Affiliations = ResultOf<typeof AffiliationsQuery>['affiliations'];

export async function getAffiliations(id: string, signal?: AbortSignal): Promise<Affiliations> {
  const { affiliations } = await execute(AffiliationsQuery, { id, transitive: true }, signal);
  return affiliations;
}
