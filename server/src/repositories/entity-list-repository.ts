import { type EntityKind, LABEL_OF_KIND } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import type { PageWindow } from './relation-page-repository';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';

export interface EntityListFilter {
  /** Lower-cased; matches the name or any alias. */
  nameContains?: string;
  /** Stored `kind` of an institution or place. */
  storedKind?: string;
  /** Id of an industry the entity (or a body the person serves) prioritises. */
  industry?: string;
  /** Id of any entity directly linked to this one. */
  relatedTo?: string;
}

export type EntityOrderField = 'NAME' | 'ID';
export type SortDirection = 'ASC' | 'DESC';

const ORDER_PROPERTY: Record<EntityOrderField, string> = { NAME: 'name', ID: 'id' };

/**
 * One page of entities of a kind and the total that match. The label comes from graph-schema and
 * the order clause from a closed enum, so both may be inlined; every user value is a parameter.
 */
export async function readEntityList(
  runner: QueryRunner,
  kind: EntityKind,
  filter: EntityListFilter,
  order: { field: EntityOrderField; direction: SortDirection },
  window: PageWindow,
): Promise<{ total: number; items: EntityRecord[] }> {
  const property = ORDER_PROPERTY[order.field];
  const [row] = await runner.run(
    `entityList:${kind}`,
    `MATCH (n:${LABEL_OF_KIND[kind]})
     WHERE ($nameContains IS NULL
            OR toLower(n.name) CONTAINS $nameContains
            OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))
       AND ($storedKind IS NULL OR n.kind = $storedKind)
       AND ($industry IS NULL
            OR EXISTS { (n)-[:PRIORITIZES]->(:Industry {id: $industry}) }
            OR EXISTS { (n)-[:HOLDS_POSITION|MEMBER_OF]->(:Institution)-[:PRIORITIZES]->(:Industry {id: $industry}) })
       AND ($relatedTo IS NULL
            OR EXISTS { (n)-[r]-(:Entity {id: $relatedTo}) WHERE type(r) <> 'MENTIONED' })
     WITH n ORDER BY n.${property} ${order.direction}, n.id ${order.direction}
     WITH collect(n) AS matches
     RETURN size(matches) AS total,
            [m IN matches[$offset..($offset + $limit)] | ${entityProjection('m')}] AS page`,
    {
      nameContains: filter.nameContains ?? null,
      storedKind: filter.storedKind ?? null,
      industry: filter.industry ?? null,
      relatedTo: filter.relatedTo ?? null,
      offset: window.offset,
      limit: window.limit,
    },
  );
  const page = (row?.get('page') ?? []) as unknown[];
  return { total: Number(row?.get('total') ?? 0), items: page.map(parseEntity) };
}
