import { LABEL_OF_KIND, NAME_FULLTEXT_INDEX, type EntityKind } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';

export interface FullTextHit {
  entity: EntityRecord;
  score: number;
}

/**
 * Runs an already-escaped Lucene query against the name index. The index name comes from
 * graph-schema; the query and kind filter are parameters.
 */
export async function searchEntityNames(
  runner: QueryRunner,
  luceneQuery: string,
  kinds: readonly EntityKind[] | undefined,
  first: number,
): Promise<FullTextHit[]> {
  const rows = await runner.run(
    'searchEntityNames',
    `CALL db.index.fulltext.queryNodes($index, $query, { limit: $candidates })
     YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     RETURN ${entityProjection('node')} AS entity, score
     ORDER BY score DESC, node.name
     LIMIT $first`,
    {
      index: NAME_FULLTEXT_INDEX,
      query: luceneQuery,
      labels: kinds && kinds.length > 0 ? kinds.map((kind) => LABEL_OF_KIND[kind]) : null,
      // Kind filtering happens after the index lookup, so ask the index for more than a page.
      candidates: neo4j.int(kinds && kinds.length > 0 ? first * 10 : first),
      first: neo4j.int(first),
    },
  );
  return rows.map((row) => ({
    entity: parseEntity(row.get('entity')),
    score: Number(row.get('score')),
  }));
}
