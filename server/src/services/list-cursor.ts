import {
  type EntityListOrder,
  isScoreOrder,
  type ListKey,
} from '../repositories/entity-list-repository';
import { decodeCursor, encodeCursor } from './keyset-cursor';

/**
 * Keyset cursors for the top-level lists: a cursor names the last entity of a page by its sort
 * key (name and id, score and id, or id), so the next page starts at that key in the index instead of
 * counting past every entity before it. The order is part of the cursor: a cursor of one order
 * means nothing in another.
 */
const PREFIX = 'EntityKey:';

function keyParts(order: EntityListOrder, key: ListKey): unknown[] {
  if (order.field === 'NAME') return [key.name, key.id];
  if (isScoreOrder(order.field)) return [key.score ?? null, key.id];
  return [key.id];
}

const encode = (order: EntityListOrder, key: ListKey): string =>
  encodeCursor(PREFIX, [order.field, order.direction, ...keyParts(order, key)]);

/** The cursor of an entity in a list of this order (`score`: what a score order sorted it by). */
export const listCursor = (order: EntityListOrder, entity: ListKey): string =>
  encode(order, { name: entity.name, id: entity.id, score: entity.score });

function keyOf(order: EntityListOrder, parts: unknown[]): ListKey | undefined {
  if (parts[0] !== order.field || parts[1] !== order.direction) return undefined;
  const [, , first, second] = parts;
  if (order.field === 'NAME') {
    return typeof first === 'string' && typeof second === 'string' && parts.length === 4
      ? { name: first, id: second }
      : undefined;
  }
  if (isScoreOrder(order.field)) {
    const score = first === null || Number.isFinite(first) ? (first as number | null) : undefined;
    return score !== undefined && typeof second === 'string' && parts.length === 4
      ? { name: '', id: second, score }
      : undefined;
  }
  return typeof first === 'string' && parts.length === 3 ? { name: '', id: first } : undefined;
}

/**
 * The key a cursor of ours stands for in this order. Anything else (an offset cursor of the
 * old format, another order's cursor, a forgery) is refused; a cursor is accepted only when
 * encoding its key again gives back exactly the cursor: one spelling per key.
 */
export const decodeListCursor = (order: EntityListOrder, cursor: string): ListKey =>
  decodeCursor(
    cursor,
    PREFIX,
    (parts) => keyOf(order, parts),
    (key) => encode(order, key),
  );
