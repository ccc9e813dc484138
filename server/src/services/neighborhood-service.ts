import {
  API_LIMITS,
  ENTITY_RELATION_TYPES,
  type EntityKind,
  type Evidence,
  LABEL_OF_KIND,
  RELATION_TYPE_DEFINITIONS,
  type RelationTime,
  relationTimeOf,
  type RelationType,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationRecord } from '../repositories/relation-record';
import type { TimeFilter } from '../repositories/relation-time-predicate';
import { readNeighborhoodRows, type SubgraphRows } from '../repositories/neighborhood-repository';
import type { PlannedReading, SubgraphReading } from '../selection/entity-plan';
import { boundedCount } from './bounded-count';

/** Edges per node kept at most; a dense cluster is cut and reported as truncated. */
export const EDGES_PER_NODE = 8;

export interface SubgraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  entity: EntityRecord;
}

export interface SubgraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
  evidence: Evidence[];
  time: RelationTime;
}

/** A relationship as drawn: its ends, its label and the quotes that state it. */
export const edgeOf = (relation: RelationRecord): SubgraphEdge => ({
  id: relation.id,
  type: relation.type,
  source: relation.from,
  target: relation.to,
  label: RELATION_TYPE_DEFINITIONS[relation.type].label(relation.properties),
  evidence: relation.evidence,
  time: relationTimeOf(relation.properties),
});

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

export interface NeighborhoodArgs {
  id: string;
  /** As the client sent them; null only when it overrode the schema default with null. */
  depth: number | null | undefined;
  kinds?: readonly EntityKind[];
  relationTypes?: readonly RelationType[];
  limit: number | null | undefined;
  /** Only relationships that held then are walked and drawn. */
  time?: TimeFilter;
}

/**
 * Draws a set of entities with the relationships among them as read, at most EDGES_PER_NODE per
 * entity on average; `truncated` says when that cap cut edges.
 */
export function subgraphOf(rows: SubgraphRows, reading: PlannedReading): Subgraph {
  const edgeCap = rows.entities.length * EDGES_PER_NODE;
  return {
    nodes: rows.entities.map((planned) => {
      const entity = reading.prime(planned);
      return { id: entity.id, kind: entity.kind, name: entity.name, entity };
    }),
    edges: rows.relations.slice(0, edgeCap).map(edgeOf),
    truncated: rows.relations.length > edgeCap,
  };
}

/**
 * The entities within `depth` hops and the relationships among them, ring by ring, in one
 * statement whose cost is bounded by `depth` and `limit`, not by the graph. Source documents
 * and MENTIONED links are left out unless MENTIONED is asked for.
 */
export async function readNeighborhood(
  executor: Executor,
  args: NeighborhoodArgs,
  reading: SubgraphReading,
): Promise<Subgraph> {
  const depth = boundedCount(args.depth, {
    argument: 'depth',
    min: 1,
    max: API_LIMITS.neighborhood.depth.max,
    limit: 'Neighbourhood depth',
  });
  const limit = boundedCount(args.limit, {
    argument: 'limit',
    min: 1,
    max: API_LIMITS.neighborhood.nodes.max,
    limit: 'Neighbourhood size',
  });
  const rows = await readNeighborhoodRows(
    executor,
    {
      id: args.id,
      depth,
      limit,
      types:
        args.relationTypes && args.relationTypes.length > 0
          ? args.relationTypes
          : ENTITY_RELATION_TYPES,
      labels:
        args.kinds && args.kinds.length > 0 ? args.kinds.map((kind) => LABEL_OF_KIND[kind]) : null,
      edgesPerNode: EDGES_PER_NODE,
      time: args.time,
      edgeEvidence: reading.edgeEvidence,
    },
    reading.plan,
  );
  if (!rows) throw notFound('entity', args.id);
  const subgraph = subgraphOf(rows, reading);
  return { ...subgraph, truncated: rows.truncated || subgraph.truncated };
}
