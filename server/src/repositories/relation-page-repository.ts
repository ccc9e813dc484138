import type { RelationType } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

/** Which relationships a typed field follows: graph-schema types and labels only. */
export interface RelationFieldSpec {
  /** Names the statement in logs, e.g. "Person.positions". */
  name: string;
  types: readonly RelationType[];
  /** `out`: the parent is the relationship's start; `in`: its end. */
  direction: 'out' | 'in';
  /** Label the entity at the other end must carry. */
  otherLabel: string;
}

export interface RelationPageItem {
  relation: RelationRecord;
  other: EntityRecord;
}

export interface RelationPage {
  total: number;
  items: RelationPageItem[];
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * One page of a relationship field for many parents in one statement: this is what keeps a
 * nested query at one round trip per field and page, however many parents it has.
 */
export async function readRelationPages(
  runner: QueryRunner,
  spec: RelationFieldSpec,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, RelationPage>> {
  const arrow =
    spec.direction === 'out'
      ? `(e)-[r:${spec.types.join('|')}]->(o:${spec.otherLabel})`
      : `(e)<-[r:${spec.types.join('|')}]-(o:${spec.otherLabel})`;
  const rows = await runner.run(
    `relationPage:${spec.name}`,
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH ${arrow}
       RETURN count(*) AS total
     }
     CALL (e) {
       MATCH ${arrow}
       WITH r, o ORDER BY o.name, r.id SKIP $offset LIMIT $limit
       RETURN collect({ relation: ${relationProjection('r')}, other: ${entityProjection('o')} }) AS page
     }
     RETURN id, total, page`,
    { ids, offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) },
  );
  const pages = new Map<string, RelationPage>();
  for (const row of rows) {
    const page = row.get('page') as { relation: unknown; other: unknown }[];
    pages.set(String(row.get('id')), {
      total: Number(row.get('total')),
      items: page.map((item) => ({
        relation: parseRelation(item.relation),
        other: parseEntity(item.other),
      })),
    });
  }
  return pages;
}
