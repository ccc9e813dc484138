import { ENTITY_LABEL, ENTITY_RELATION_TYPES, SCORE_PROPERTIES } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';

/** Every tie the scores are computed over: relationships between entities, never mentions. */
const TIES = ENTITY_RELATION_TYPES.join('|');
const P = SCORE_PROPERTIES;

/** An entity and the entities its relationships point at. */
export interface EntityTies {
  id: string;
  targets: string[];
}

/**
 * One page of entities in id order, after `afterId`, each with the targets of its outgoing ties:
 * every tie is read once, from its start, and a page costs the same wherever it starts.
 */
export async function readEntityTiesPage(
  runner: QueryRunner,
  afterId: string | null,
  limit: number,
): Promise<EntityTies[]> {
  const rows = await runner.run(
    'scoresEntityTiesPage',
    `MATCH (n:${ENTITY_LABEL})
     WHERE n.id > $afterId
     WITH n ORDER BY n.id LIMIT $limit
     RETURN n.id AS id, COLLECT { MATCH (n)-[:${TIES}]->(other:${ENTITY_LABEL}) RETURN other.id } AS targets`,
    { afterId: afterId ?? '', limit: neo4j.int(limit) },
  );
  return rows.map((row) => ({
    id: row.get('id') as string,
    targets: row.get('targets') as string[],
  }));
}

/** The scores of one entity as the job writes them. */
export interface ScoreRow {
  id: string;
  degree: number;
  betweenness: number;
  pageRank: number;
  community: number;
}

/** Stores one batch of a run's scores; an entity deleted since the graph was read is skipped. */
export async function writeScores(
  runner: QueryRunner,
  rows: readonly ScoreRow[],
  computedAt: string,
): Promise<void> {
  await runner.run(
    'writeScores',
    `UNWIND $rows AS row
     MATCH (n:${ENTITY_LABEL} {id: row.id})
     SET n.${P.degree} = row.degree, n.${P.betweenness} = row.betweenness,
         n.${P.pageRank} = row.pageRank, n.${P.community} = row.community,
         n.${P.computedAt} = $computedAt
     REMOVE n.${P.stale}`,
    {
      rows: rows.map((row) => ({
        ...row,
        degree: neo4j.int(row.degree),
        community: neo4j.int(row.community),
      })),
      computedAt,
    },
  );
}

/**
 * Marks the stored scores of these entities and of every entity tied to them as dated: a write
 * changed their ties after the job ran. Entities without scores stay without.
 */
export async function markScoresStale(runner: QueryRunner, ids: readonly string[]): Promise<void> {
  await runner.run(
    'markScoresStale',
    `MATCH (changed:${ENTITY_LABEL}) WHERE changed.id IN $ids
     CALL (changed) {
       MATCH (changed)-[:${TIES}]-(other:${ENTITY_LABEL}) RETURN other AS n
       UNION
       RETURN changed AS n
     }
     WITH DISTINCT n WHERE n.${P.computedAt} IS NOT NULL
     SET n.${P.stale} = true`,
    { ids },
  );
}

/** How many entities the graph holds, from the count store. */
export async function countEntities(runner: QueryRunner): Promise<number> {
  const [row] = await runner.run(
    'countEntities',
    `RETURN COUNT { (:${ENTITY_LABEL}) } AS entities`,
  );
  return Number(row?.get('entities') ?? 0);
}
