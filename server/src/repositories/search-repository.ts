import { LABEL_OF_KIND, NAME_FULLTEXT_INDEX, type EntityKind } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';

export interface FullTextHit {
  entity: PlannedEntity;
  score: number;
}

/**
 * Runs an already-escaped Lucene query against the name index, with what the selection reads
 * of each hit. The index name comes from
 * graph-schema; the query and kind filter are parameters.
 */
export async function searchEntityNames(
  runner: QueryRunner,
  luceneQuery: string,
  kinds: readonly EntityKind[] | undefined,
  first: number,
  plan: EntityPlan,
): Promise<FullTextHit[]> {
  const statement = new CypherStatement();
  const rows = await runner.run(
    'searchEntityNames',
    `CALL db.index.fulltext.queryNodes($index, $query, { limit: $candidates })
     YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     WITH node, score ORDER BY score DESC, node.name
     LIMIT $first
     RETURN ${plannedEntityProjection(statement, 'node', plan)} AS entity, score`,
    {
      ...statement.params,
      index: NAME_FULLTEXT_INDEX,
      query: luceneQuery,
      labels: kinds && kinds.length > 0 ? kinds.map((kind) => LABEL_OF_KIND[kind]) : null,
      // Kind filtering happens after the index lookup, so ask the index for more than a page.
      candidates: neo4j.int(kinds && kinds.length > 0 ? first * 10 : first),
      first: neo4j.int(first),
    },
  );
  return rows.map((row) => ({
    entity: parsePlannedEntity(row.get('entity'), plan),
    score: Number(row.get('score')),
  }));
}
