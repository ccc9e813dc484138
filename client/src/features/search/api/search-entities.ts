import type { EntityKind } from '@guanxi/graph-schema';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      matched
      entity {
        id
        kind
        name
      }
    }
  }
`);

export interface EntityHit {
  id: string;
  kind: EntityKind;
  name: string;
  /** The alias that matched, when it is not the name itself. */
  matched: string | null;
}

const selectHits = ({ search }: ResultOf<typeof SearchQuery>): EntityHit[] =>
  search.map(({ entity, matched }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    matched: matched !== entity.name ? matched : null,
  }));

/** Hits for a search text (empty: no search). */
export const useEntitySearch = (text: string, first: number) =>
  useApiQuery(SearchQuery, text ? { text, first } : null, selectHits);
