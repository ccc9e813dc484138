import { API_LIMITS, type RelationType } from '@guanxi/graph-schema';
import { z } from 'zod';
import type { QueryRunner } from '../db/executor';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

export interface RawPath {
  nodeIds: string[];
  relations: RelationRecord[];
}

export interface ShortestPathQuery {
  from: string;
  to: string;
  /** Validated whole numbers: Cypher needs them as literals in the pattern. */
  maxHops: number;
  candidates: number;
  types: readonly RelationType[];
  avoid: readonly string[];
}

const assertSmallInt = (value: number, max: number): number => {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`expected a whole number from 1 to ${max}, got ${value}`);
  }
  return value;
};

const PathRowSchema = z.object({ nodeIds: z.array(z.string()), relations: z.array(z.unknown()) });

/**
 * The `candidates` shortest paths between two entities through entities only (never through
 * Source documents), over allowed relationship types, around the avoided entities, shortest
 * first and, among equals, by the ids along them so the same question gets the same answer.
 * GQL `SHORTEST k` with a quantified path pattern: Neo4j stops expanding at the bound.
 */
export async function readShortestPaths(
  runner: QueryRunner,
  query: ShortestPathQuery,
): Promise<RawPath[]> {
  const hops = assertSmallInt(query.maxHops, API_LIMITS.connections.hops.max);
  const k = assertSmallInt(query.candidates, 100);
  const rows = await runner.run(
    'shortestPaths',
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = SHORTEST ${k} (a)(()-[r]-(x:Entity) WHERE type(r) IN $types AND NOT x.id IN $avoid){1,${hops}}(b)
     RETURN [n IN nodes(p) | n.id] AS nodeIds,
            [rel IN relationships(p) | ${relationProjection('rel')}] AS relations
     ORDER BY length(p), nodeIds`,
    { from: query.from, to: query.to, types: query.types, avoid: query.avoid },
  );
  return rows.map((row) => {
    const parsed = PathRowSchema.parse({
      nodeIds: row.get('nodeIds'),
      relations: row.get('relations'),
    });
    return { nodeIds: parsed.nodeIds, relations: parsed.relations.map(parseRelation) };
  });
}
