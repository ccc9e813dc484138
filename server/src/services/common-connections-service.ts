import { API_LIMITS, ENTITY_RELATION_TYPES, type RelationType } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, limitExceeded, notFound } from '../errors';
import { readCommonConnectionRows } from '../repositories/analysis-common-connections-repository';
import type { EntityRecord } from '../repositories/entity-record';
import type { SourceWithText } from '../repositories/source-repository';
import type { PlannedReading, SourcePlan } from '../selection/entity-plan';
import { boundedCount } from './bounded-count';
import { type Path, stepOf } from './connections-service';

/** How a given entity may reach a shared connection. */
export const TIE_ROUTES = ['DIRECT', 'THROUGH_BODY'] as const;
export type TieRoute = (typeof TIE_ROUTES)[number];

export interface CommonConnection {
  entity: EntityRecord;
  /** Given entities tied to it. */
  sharedCount: number;
  /** Given entities tied to it directly. */
  directCount: number;
  /** Per given entity (in the order asked), direct ones first: paths of one or two steps. */
  ties: Path[];
}

export interface CommonConnectionsArgs {
  ids: readonly string[];
  /** As the client sent them; null only when it overrode the schema default with null. */
  via: readonly TieRoute[] | null | undefined;
  relationTypes: readonly RelationType[] | null | undefined;
  first: number | null | undefined;
}

/** What the selection reads of the entities in the answer and of the ties' evidence sources. */
export interface AnalysisReading extends PlannedReading {
  tieSources: SourcePlan | null;
  primeSources: (sources: readonly SourceWithText[]) => void;
}

const LIMITS = API_LIMITS.analysis.commonConnections;

/** Two to ten distinct ids: fewer share nothing, more cost more than a question needs. */
function checkIds(ids: readonly string[]): void {
  if (ids.length < LIMITS.ids.min) {
    throw badInput(`\`ids\` must name at least ${LIMITS.ids.min} entities, got ${ids.length}.`, {
      argument: 'ids',
    });
  }
  if (ids.length > LIMITS.ids.max) {
    throw limitExceeded(
      `Entity limit exceeded: ids may name at most ${LIMITS.ids.max} entities, got ${ids.length}.`,
      { argument: 'ids', limit: LIMITS.ids.max },
    );
  }
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw badInput(`\`ids\` names "${repeated}" twice.`, { argument: 'ids', id: repeated });
  }
}

function routesOf(via: readonly TieRoute[] | null | undefined) {
  if (!via || via.length === 0) {
    throw badInput('`via` must name at least one route: DIRECT, THROUGH_BODY or both.', {
      argument: 'via',
    });
  }
  return { direct: via.includes('DIRECT'), throughBody: via.includes('THROUGH_BODY') };
}

/** Sources quote the entities they name (MENTIONED), which ties no two entities together. */
function tieTypesOf(relationTypes: readonly RelationType[] | null | undefined): RelationType[] {
  if (!relationTypes) return [...ENTITY_RELATION_TYPES];
  const types = ENTITY_RELATION_TYPES.filter((type) => relationTypes.includes(type));
  if (types.length === 0) {
    throw badInput('`relationTypes` must name at least one type that joins two entities.', {
      argument: 'relationTypes',
    });
  }
  return types;
}

/**
 * The entities tied to at least two of the given ones, directly or through one body under the
 * connection or under the given entity, ranked by how many they share. One statement.
 */
export async function findCommonConnections(
  executor: Executor,
  args: CommonConnectionsArgs,
  reading: AnalysisReading,
): Promise<CommonConnection[]> {
  checkIds(args.ids);
  const routes = routesOf(args.via);
  const types = tieTypesOf(args.relationTypes);
  const first = boundedCount(args.first, {
    argument: 'first',
    min: 1,
    max: LIMITS.first.max,
    limit: 'Connection count',
  });
  const rows = await readCommonConnectionRows(
    executor,
    { ids: args.ids, types, ...routes, first, tiesPerEntity: LIMITS.tiesPerEntity },
    reading.plan,
    reading.tieSources,
  );
  const known = new Map(
    rows.given.map((planned) => {
      const record = reading.prime(planned);
      return [record.id, record];
    }),
  );
  const given = args.ids.map((id) => {
    const record = known.get(id);
    if (!record) throw notFound('entity', id);
    return record;
  });
  return rows.connections.map((row) => {
    const entity = reading.prime(row.connection);
    // In the order of `ids`; for each, the statement's order: direct first, then by body.
    const ties = given.flatMap((from) =>
      row.routes
        .filter((route) => route.givenId === from.id)
        .map((route): Path => {
          const body = route.body && reading.prime(route.body);
          const nodes = body ? [from, body, entity] : [from, entity];
          const records = new Map(nodes.map((node) => [node.id, node]));
          route.steps.forEach((step) => reading.primeSources(step.sources));
          return {
            length: route.steps.length,
            nodes,
            steps: route.steps.map((step) => stepOf(step.relation, records)),
          };
        }),
    );
    return { entity, sharedCount: row.shared, directCount: row.direct, ties };
  });
}
