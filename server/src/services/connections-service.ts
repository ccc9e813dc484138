import {
  API_LIMITS,
  ENTITY_RELATION_TYPES,
  type Evidence,
  RELATION_TYPE_DEFINITIONS,
  type RelationTime,
  relationTimeOf,
  type RelationType,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import { readExistingEntityIds, readShortestPathsTo } from '../repositories/path-repository';
import type { RelationRecord } from '../repositories/relation-record';
import type { TimeFilter } from '../repositories/relation-time-predicate';
import { boundedCount } from './bounded-count';
import { kShortestPaths, type RankedPath } from './k-shortest-paths';

export interface PathStep {
  /** The edge's start, in its natural direction (person → institution), not travel order. */
  from: EntityRecord;
  to: EntityRecord;
  type: RelationType;
  relationshipId: string;
  label: string;
  sentence: string;
  evidence: Evidence[];
  time: RelationTime;
}

export interface Path {
  length: number;
  /** In travel order, from the first entity asked for to the second. */
  nodes: EntityRecord[];
  steps: PathStep[];
}

export interface ConnectionsArgs {
  from: string;
  to: string;
  /** As the client sent them; null only when it overrode the schema default with null. */
  maxHops: number | null | undefined;
  first: number | null | undefined;
  relationTypes?: readonly RelationType[];
  avoid?: readonly string[];
  /** Only relationships that held then are walked. */
  time?: TimeFilter;
}

const LIMITS = API_LIMITS.connections;

function validate(args: ConnectionsArgs): { maxHops: number; first: number } {
  const maxHops = boundedCount(args.maxHops, {
    argument: 'maxHops',
    min: LIMITS.hops.min,
    max: LIMITS.hops.max,
    limit: 'Path length',
  });
  const first = boundedCount(args.first, {
    argument: 'first',
    min: 1,
    max: LIMITS.paths.max,
    limit: 'Path count',
  });
  if (args.from === args.to) {
    throw badInput('`from` and `to` are the same entity.', { argument: 'to' });
  }
  return { maxHops, first };
}

/**
 * Hubs join two people by thousands of equally short paths; one search lists this many before
 * ranking them, so its memory stays bounded. Below it, the ranking among equals is exact.
 */
const LISTED_PER_SEARCH = 1000;

/**
 * Who-knows-whom: the shortest path between two entities and the next-shortest distinct ones,
 * each hop told as a sentence. One statement finds every shortest path and reads what the best
 * of them pass; only when fewer than `first` differ do spur searches follow (at most
 * min(first, maxHops) − 1 statements, see `kShortestPaths`). Only an empty answer costs one more
 * statement, to tell an unknown entity from two that no path joins.
 */
export async function findConnections(executor: Executor, args: ConnectionsArgs): Promise<Path[]> {
  const { maxHops, first } = validate(args);
  const types =
    args.relationTypes && args.relationTypes.length > 0
      ? args.relationTypes.filter((type) => type !== 'MENTIONED')
      : ENTITY_RELATION_TYPES;
  const ranked =
    types.length === 0
      ? []
      : await kShortestPaths(
          (searches, best) =>
            readShortestPathsTo(executor, {
              to: args.to,
              types,
              searches,
              best,
              listedPerSearch: LISTED_PER_SEARCH,
              time: args.time,
            }),
          {
            from: args.from,
            maxHops,
            first,
            avoid: (args.avoid ?? []).filter((id) => id !== args.from && id !== args.to),
          },
        );

  if (ranked.length === 0) {
    const existing = await readExistingEntityIds(executor, [args.from, args.to]);
    for (const id of [args.from, args.to]) {
      if (!existing.has(id)) throw notFound('entity', id);
    }
  }
  return ranked.map(toPath);
}

/**
 * One relationship as a step of a path, told as a sentence; its ends are looked up among the
 * records the answer holds.
 */
export function stepOf(
  relation: RelationRecord,
  records: ReadonlyMap<string, EntityRecord>,
): PathStep {
  const from = records.get(relation.from);
  const to = records.get(relation.to);
  if (!from || !to) throw new Error(`relationship ${relation.id} leaves its path`);
  const definition = RELATION_TYPE_DEFINITIONS[relation.type];
  return {
    from,
    to,
    type: relation.type,
    relationshipId: relation.id,
    label: definition.label(relation.properties),
    sentence: definition.sentence(from.name, to.name, relation.properties),
    evidence: relation.evidence,
    time: relationTimeOf(relation.properties),
  };
}

function toPath(path: RankedPath): Path {
  const entities = new Map(path.nodes.map((entity) => [entity.id, entity]));
  return {
    length: path.relations.length,
    nodes: path.nodes,
    steps: path.relations.map((relation) => stepOf(relation, entities)),
  };
}
