import type { EntityKind } from '@guanxi/graph-schema';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';
import type { EntityRef } from '../lib/draft';

const MatchSearchQuery = graphql(`
  query MatchSearch($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      matched
      entity {
        id
        kind
        name
      }
    }
  }
`);

export interface MatchHit extends EntityRef {
  /** The alias that matched, when it is not the name. */
  matched: string | null;
}

const selectHits = ({ search }: ResultOf<typeof MatchSearchQuery>): MatchHit[] =>
  search.map(({ entity, matched }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    matched: matched !== entity.name ? matched : null,
  }));

/** Existing entities of one kind for a text (empty: no search): what a candidate may be. */
export const useMatchSearch = (text: string, kind: EntityKind, first: number) =>
  useApiQuery(MatchSearchQuery, text ? { text, kinds: [kind], first } : null, selectHits);
