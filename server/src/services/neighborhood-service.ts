import {
  API_LIMITS,
  ENTITY_RELATION_TYPES,
  type EntityKind,
  LABEL_OF_KIND,
  RELATION_TYPE_DEFINITIONS,
  type RelationType,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import { readEntitiesByIds } from '../repositories/entity-repository';
import { readEdgesAmong, readNextRing } from '../repositories/neighborhood-repository';
import { boundedCount } from './bounded-count';

/** Edges per node kept at most; a dense cluster is cut and reported as truncated. */
const EDGES_PER_NODE = 8;

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
}

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
}

const toNode = (entity: EntityRecord): SubgraphNode => ({
  id: entity.id,
  kind: entity.kind,
  name: entity.name,
  entity,
});

/**
 * Draws a set of entities with the relationships of the allowed types among them, at most
 * EDGES_PER_NODE per entity on average; `truncated` says when that cap cut edges.
 */
export async function subgraphAmong(
  executor: Executor,
  entities: readonly EntityRecord[],
  types: readonly RelationType[] = ENTITY_RELATION_TYPES,
): Promise<Subgraph> {
  const edgeCap = entities.length * EDGES_PER_NODE;
  const relations = await readEdgesAmong(
    executor,
    entities.map((entity) => entity.id),
    types,
    edgeCap + 1,
  );
  return {
    nodes: entities.map(toNode),
    edges: relations.slice(0, edgeCap).map((relation) => ({
      id: relation.id,
      type: relation.type,
      source: relation.from,
      target: relation.to,
      label: RELATION_TYPE_DEFINITIONS[relation.type].label(relation.properties),
    })),
    truncated: relations.length > edgeCap,
  };
}

/**
 * The entities within `depth` hops and the relationships among them, ring by ring: one
 * statement per ring and one for the edges, so the cost is bounded by `depth`, not by the
 * graph. Source documents and MENTIONED links are left out unless MENTIONED is asked for.
 */
export async function readNeighborhood(
  executor: Executor,
  args: NeighborhoodArgs,
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
  const [start] = await readEntitiesByIds(executor, [args.id]);
  if (!start) throw notFound('entity', args.id);
  const types =
    args.relationTypes && args.relationTypes.length > 0
      ? args.relationTypes
      : ENTITY_RELATION_TYPES;
  const labels =
    args.kinds && args.kinds.length > 0 ? args.kinds.map((kind) => LABEL_OF_KIND[kind]) : null;

  const entities: EntityRecord[] = [start];
  let frontier = [start.id];
  let truncated = false;
  for (let ring = 1; ring <= depth && frontier.length > 0 && !truncated; ring += 1) {
    const room = limit - entities.length;
    const next = await readNextRing(
      executor,
      frontier,
      entities.map((entity) => entity.id),
      types,
      labels,
      room + 1,
    );
    truncated = next.length > room;
    const kept = next.slice(0, room);
    entities.push(...kept);
    frontier = kept.map((entity) => entity.id);
  }

  const subgraph = await subgraphAmong(executor, entities, types);
  return { ...subgraph, truncated: truncated || subgraph.truncated };
}
