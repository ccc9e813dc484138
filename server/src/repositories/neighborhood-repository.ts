import type { RelationType } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

/** Ids as map keys: a membership test is then a hash lookup, not a scan of a long list. */
const idSet = (ids: readonly string[]): Record<string, boolean> =>
  Object.fromEntries(ids.map((id) => [id, true]));

/**
 * Entities one hop from the frontier, not yet seen, of the allowed labels, at most `cap`,
 * ordered by name so that a cut is the same on every run.
 */
export async function readNextRing(
  runner: QueryRunner,
  frontier: readonly string[],
  seen: readonly string[],
  types: readonly RelationType[],
  labels: readonly string[] | null,
  cap: number,
): Promise<EntityRecord[]> {
  const rows = await runner.run(
    'neighborhoodRing',
    `UNWIND $frontier AS fid
     MATCH (f:Entity {id: fid})-[r]-(n:Entity)
     WHERE type(r) IN $types
       AND $seen[n.id] IS NULL
       AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
     WITH DISTINCT n
     ORDER BY n.name, n.id
     LIMIT $cap
     RETURN ${entityProjection('n')} AS entity`,
    { frontier, seen: idSet(seen), types, labels, cap: neo4j.int(cap) },
  );
  return rows.map((row) => parseEntity(row.get('entity')));
}

/** The relationships of the allowed types among a set of entities, at most `cap`. */
export async function readEdgesAmong(
  runner: QueryRunner,
  ids: readonly string[],
  types: readonly RelationType[],
  cap: number,
): Promise<RelationRecord[]> {
  const rows = await runner.run(
    'neighborhoodEdges',
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r]->(b:Entity)
     WHERE type(r) IN $types AND $among[b.id] IS NOT NULL
     WITH r ORDER BY r.id
     LIMIT $cap
     RETURN ${relationProjection('r')} AS relation`,
    { ids, among: idSet(ids), types, cap: neo4j.int(cap) },
  );
  return rows.map((row) => parseRelation(row.get('relation')));
}
