import { badInput, quoted } from '../errors';

/*
 * The envelope of every keyset cursor the API hands out: a kind prefix and the key's parts as a
 * JSON array, in base64. A cursor is accepted only when its parts make a key and encoding that
 * key again gives back exactly the cursor: one spelling per key, so forgeries and cursors of
 * another kind or format are refused.
 */

export const encodeCursor = (prefix: string, parts: readonly unknown[]): string =>
  Buffer.from(prefix + JSON.stringify(parts), 'utf8').toString('base64');

function partsOf(prefix: string, cursor: string): unknown[] | undefined {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(prefix)) return undefined;
  try {
    const parts: unknown = JSON.parse(text.slice(prefix.length));
    return Array.isArray(parts) ? parts : undefined;
  } catch {
    return undefined;
  }
}

/** The key `cursor` stands for, as `keyOf` reads its parts and `encode` spells it again. */
export function decodeCursor<Key>(
  cursor: string,
  prefix: string,
  keyOf: (parts: unknown[]) => Key | undefined,
  encode: (key: Key) => string,
): Key {
  const parts = partsOf(prefix, cursor);
  const key = parts && keyOf(parts);
  if (key === undefined || encode(key) !== cursor) {
    throw badInput(`${quoted(cursor)} is not a cursor this API handed out.`, { argument: 'after' });
  }
  return key;
}
