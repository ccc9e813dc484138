import {
  API_LIMITS,
  ENTITY_RELATION_TYPES,
  type Evidence,
  RELATION_TYPE_DEFINITIONS,
  type RelationType,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import { readEntitiesByIds } from '../repositories/entity-repository';
import { type RawPath, readShortestPaths } from '../repositories/path-repository';
import { boundedCount } from './bounded-count';

export interface PathStep {
  /** The edge's start, in its natural direction (person → institution), not travel order. */
  from: EntityRecord;
  to: EntityRecord;
  type: RelationType;
  relationshipId: string;
  label: string;
  sentence: string;
  evidence: Evidence[];
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

/** Paths that pass the same entities in the same order are one connection to a reader. */
function distinctSimplePaths(paths: readonly RawPath[], first: number): RawPath[] {
  const seen = new Set<string>();
  const kept: RawPath[] = [];
  for (const path of paths) {
    const key = path.nodeIds.join('>');
    if (seen.has(key) || new Set(path.nodeIds).size !== path.nodeIds.length) continue;
    seen.add(key);
    kept.push(path);
    if (kept.length === first) break;
  }
  return kept;
}

/**
 * Who-knows-whom: the shortest path between two entities and the next-shortest distinct ones,
 * each hop told as a sentence. Three statements whatever the graph: the two ends, the paths,
 * and the entities along them.
 */
export async function findConnections(executor: Executor, args: ConnectionsArgs): Promise<Path[]> {
  const { maxHops, first } = validate(args);
  const ends = await readEntitiesByIds(executor, [args.from, args.to]);
  ends.forEach((entity, index) => {
    if (!entity) throw notFound('entity', index === 0 ? args.from : args.to);
  });
  const types =
    args.relationTypes && args.relationTypes.length > 0
      ? args.relationTypes.filter((type) => type !== 'MENTIONED')
      : ENTITY_RELATION_TYPES;
  if (types.length === 0) return [];
  const raw = await readShortestPaths(executor, {
    from: args.from,
    to: args.to,
    maxHops,
    // Several raw paths can collapse into one (two titles in the same body): ask for more.
    candidates: first * 3,
    types,
    avoid: (args.avoid ?? []).filter((id) => id !== args.from && id !== args.to),
  });
  const paths = distinctSimplePaths(raw, first);
  if (paths.length === 0) return [];

  const ids = [...new Set(paths.flatMap((path) => path.nodeIds))];
  const entities = new Map(
    (await readEntitiesByIds(executor, ids))
      .filter((entity): entity is EntityRecord => entity !== null)
      .map((entity) => [entity.id, entity]),
  );
  const entityOf = (id: string): EntityRecord => {
    const entity = entities.get(id);
    if (!entity) throw new Error(`entity ${id} vanished while its path was read`);
    return entity;
  };
  return paths.map((path) => ({
    length: path.relations.length,
    nodes: path.nodeIds.map(entityOf),
    steps: path.relations.map((relation) => {
      const from = entityOf(relation.from);
      const to = entityOf(relation.to);
      const definition = RELATION_TYPE_DEFINITIONS[relation.type];
      return {
        from,
        to,
        type: relation.type,
        relationshipId: relation.id,
        label: definition.label(relation.properties),
        sentence: definition.sentence(from.name, to.name, relation.properties),
        evidence: relation.evidence,
      };
    }),
  }));
}
