import type { EntityKind } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput } from '../errors';
import {
  type EntityListFilter,
  type EntityListOrder,
  type EntityOrderField,
  readEntityPage,
  type SortDirection,
} from '../repositories/entity-list-repository';
import type { PlannedEntity } from '../repositories/planned-entity-repository';
import type { TimeFilter } from '../repositories/relation-time-predicate';
import type { EntityPlan } from '../selection/entity-plan';
import { decodeListCursor, listCursor } from './list-cursor';
import { type Connection, type PageArgs, pageWindow } from './pagination';

export interface EntityListWhere {
  nameContains?: string | null;
  institutionKind?: string | null;
  placeKind?: string | null;
  /** GraphQL ids arrive as string or number. */
  industry?: string | number | null;
  relatedTo?: string | number | null;
}

/** Name order, A to Z, unless the client asks otherwise. */
export const DEFAULT_ENTITY_ORDER = { field: 'NAME', direction: 'ASC' } as const satisfies {
  field: EntityOrderField;
  direction: SortDirection;
};

export interface EntityListArgs extends PageArgs {
  where?: EntityListWhere | null;
  orderBy?: { field: EntityOrderField; direction?: SortDirection | null } | null;
  /** Only entities with a relationship that held then (to `where.relatedTo` when given). */
  time?: TimeFilter;
}

/** The stored `kind` filter: institution kinds filter institutions only, place kinds places. */
function storedKindFilter(kind: EntityKind, where: EntityListWhere): string | undefined {
  if (where.institutionKind && kind !== 'INSTITUTION') {
    throw badInput('`institutionKind` only filters institutions.', { argument: 'where' });
  }
  if (where.placeKind && kind !== 'PLACE') {
    throw badInput('`placeKind` only filters places.', { argument: 'where' });
  }
  return where.institutionKind ?? where.placeKind ?? undefined;
}

function listFilter(
  kind: EntityKind,
  where: EntityListWhere,
  time: TimeFilter | undefined,
): EntityListFilter {
  const nameContains = where.nameContains?.trim().toLowerCase();
  return {
    nameContains: nameContains || undefined,
    storedKind: storedKindFilter(kind, where),
    industry: where.industry == null ? undefined : String(where.industry),
    relatedTo: where.relatedTo == null ? undefined : String(where.relatedTo),
    time,
  };
}

interface EntityListEdge {
  cursor: string;
  node: PlannedEntity;
}

/** What the selection reads: of each entity, and whether the total. */
export interface EntityListSelection {
  plan: EntityPlan;
  withTotal: boolean;
}

/**
 * One page of the entities of a kind, filtered and ordered (by name unless asked otherwise),
 * after a keyset cursor. `totalCount` is only computed when selected; unselected it is 0 and
 * never read.
 */
export async function listEntities(
  executor: Executor,
  kind: EntityKind,
  args: EntityListArgs,
  selection: EntityListSelection,
): Promise<Connection<{ node: PlannedEntity }>> {
  const { limit } = pageWindow({ first: args.first, last: args.last, before: args.before });
  const order: EntityListOrder = {
    field: args.orderBy?.field ?? DEFAULT_ENTITY_ORDER.field,
    direction: args.orderBy?.direction ?? DEFAULT_ENTITY_ORDER.direction,
  };
  const after = args.after ? decodeListCursor(order, args.after) : null;
  const page = await readEntityPage(
    executor,
    {
      kind,
      filter: listFilter(kind, args.where ?? {}, args.time),
      order,
      after,
      limit,
      withTotal: selection.withTotal,
    },
    selection.plan,
  );
  const edges: EntityListEdge[] = page.items.map((node, index) => ({
    cursor: listCursor(order, { ...node.record, score: page.scores[index] }),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total ?? 0,
  };
}
