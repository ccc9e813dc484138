import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

const InterlocksQuery = graphql(`
  query Interlocks($ids: [ID!]) {
    interlocks(ids: $ids, minShared: 1) {
      sharedCount
      institutions {
        id
        name
      }
      people {
        person {
          id
          name
        }
        ties {
          label
          institution {
            id
            name
          }
          evidence {
            sourceId
            quote
            start
            end
          }
        }
      }
    }
  }
`);

export type Interlock = ResultOf<typeof InterlocksQuery>['interlocks'][number];

const select = (data: ResultOf<typeof InterlocksQuery>): Interlock[] => data.interlocks;

/** People the chosen institutions share, pair by pair (null: fewer than two institutions). */
export const useInterlocks = (institutionIds: readonly string[]) =>
  useApiQuery(
    InterlocksQuery,
    institutionIds.length >= 2 ? { ids: [...institutionIds] } : null,
    select,
  );
