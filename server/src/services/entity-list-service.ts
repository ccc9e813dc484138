import type { EntityKind } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  type EntityListFilter,
  type EntityOrderField,
  readEntityList,
  type SortDirection,
} from '../repositories/entity-list-repository';
import { type Connection, connectionFromWindow, type PageArgs, pageWindow } from './pagination';

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

function listFilter(kind: EntityKind, where: EntityListWhere): EntityListFilter {
  const nameContains = where.nameContains?.trim().toLowerCase();
  return {
    nameContains: nameContains || undefined,
    storedKind: storedKindFilter(kind, where),
    industry: where.industry == null ? undefined : String(where.industry),
    relatedTo: where.relatedTo == null ? undefined : String(where.relatedTo),
  };
}

/** One page of the entities of a kind, filtered and ordered (by name unless asked otherwise). */
export async function listEntities(
  executor: Executor,
  kind: EntityKind,
  args: EntityListArgs,
): Promise<Connection<{ node: EntityRecord }>> {
  const window = pageWindow(args);
  const { total, items } = await readEntityList(
    executor,
    kind,
    listFilter(kind, args.where ?? {}),
    {
      field: args.orderBy?.field ?? DEFAULT_ENTITY_ORDER.field,
      direction: args.orderBy?.direction ?? DEFAULT_ENTITY_ORDER.direction,
    },
    window,
  );
  return connectionFromWindow(items, total, window, (node) => ({ node }));
}
