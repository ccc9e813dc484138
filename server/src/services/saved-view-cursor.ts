import { decodeCursor, encodeCursor } from './keyset-cursor';
import type { SavedViewKey } from '../repositories/saved-view-repository';

/**
 * Keyset cursors for `savedViews`: a cursor names the last view of a page by its sort key, so
 * a view saved while someone pages neither repeats nor shifts what the next page holds.
 */
const PREFIX = 'SavedViewKey:';

export const savedViewCursor = ({ updatedAt, id }: SavedViewKey): string =>
  encodeCursor(PREFIX, [updatedAt, id]);

function keyOf(parts: unknown[]): SavedViewKey | undefined {
  if (parts.length !== 2) return undefined;
  const [updatedAt, id] = parts;
  // The time goes to Cypher's datetime(): only the ISO form this API hands out may reach it.
  return typeof updatedAt === 'string' &&
    typeof id === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(updatedAt)
    ? { updatedAt, id }
    : undefined;
}

/** The key a cursor of ours stands for; anything else is refused (one spelling per key). */
export const decodeSavedViewCursor = (cursor: string): SavedViewKey =>
  decodeCursor(cursor, PREFIX, keyOf, savedViewCursor);
