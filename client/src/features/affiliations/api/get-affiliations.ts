import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

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

const selectAffiliations = (data: ResultOf<typeof AffiliationsQuery>): Affiliations =>
  data.affiliations;

export const useAffiliations = (id: string) =>
  useApiQuery(AffiliationsQuery, { id, transitive: true }, selectAffiliations);
