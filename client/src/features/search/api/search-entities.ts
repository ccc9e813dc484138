import type { EntityKind } from '@guanxi/graph-schema';
import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';

const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
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

export async function searchEntities(
  text: string,
  kinds: EntityKind[] | undefined,
  first: number,
  signal?: AbortSignal,
): Promise<EntityHit[]> {
  const { search } = await execute(SearchQuery, { text, kinds, first }, signal);
  return search.map(({ entity, matched }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    matched: matched !== entity.name ? matched : null,
  }));
}
