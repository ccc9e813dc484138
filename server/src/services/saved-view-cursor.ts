import { badInput } from '../errors';
import type { SavedViewKey } from '../repositories/saved-view-repository';

/**
 * Keyset cursors for `savedViews`: a cursor names the last view of a page by its sort key, so
 * a view saved while someone pages neither repeats nor shifts what the next page holds.
 */
const PREFIX = 'SavedViewKey:';

export const savedViewCursor = ({ updatedAt, id }: SavedViewKey): string =>
  Buffer.from(PREFIX + JSON.stringify([updatedAt, id]), 'utf8').toString('base64');

function keyOf(text: string): SavedViewKey | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 2) return undefined;
  const [updatedAt, id] = parts as unknown[];
  // The time goes to Cypher's datetime(): only the ISO form this API hands out may reach it.
  return typeof updatedAt === 'string' &&
    typeof id === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(updatedAt)
    ? { updatedAt, id }
    : undefined;
}

/** The key a cursor of ours stands for; anything else is refused (one spelling per key). */
export function decodeSavedViewCursor(cursor: string): SavedViewKey {
  const key = keyOf(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!key || savedViewCursor(key) !== cursor) {
    throw badInput(`"${cursor}" is not a cursor this API handed out.`, { argument: 'after' });
  }
  return key;
}
