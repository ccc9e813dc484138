import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES, SOURCE_LABEL } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';

export interface GraphStats {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
}

const COUNTED_LABELS = [...ENTITY_KINDS.map((kind) => LABEL_OF_KIND[kind]), SOURCE_LABEL];

/**
 * Labels and types are graph-schema constants, never user input, so they are written into the
 * statement: a literal label or type lets Neo4j answer from its count store in constant time.
 */
const GRAPH_STATS_CYPHER = `RETURN
  {${COUNTED_LABELS.map((label) => `${label}: COUNT { (:${label}) }`).join(', ')}} AS labels,
  {${RELATION_TYPES.map((type) => `${type}: COUNT { ()-[:${type}]->() }`).join(', ')}} AS types`;

/** Counts per label and per relationship type. */
export async function readGraphStats(runner: QueryRunner): Promise<GraphStats> {
  const [row] = await runner.run('graphStats', GRAPH_STATS_CYPHER);
  const labels = (row?.get('labels') ?? {}) as Record<string, number>;
  const types = (row?.get('types') ?? {}) as Record<string, number>;
  return {
    labels: COUNTED_LABELS.map((label) => ({ label, count: Number(labels[label] ?? 0) })),
    relationshipTypes: RELATION_TYPES.map((type) => ({ type, count: Number(types[type] ?? 0) })),
  };
}
