import { describe, expect, it } from '@jest/globals';
import { API_LIMITS } from '@guanxi/graph-schema';
import { offsetToCursor } from '@pothos/plugin-relay';
import { decodeListCursor, listCursor } from '../../server/src/services/list-cursor';
import { connectionFromWindow, pageWindow } from '../../server/src/services/pagination';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The `extensions.code` a call throws with, or 'none'. */
function codeOf(call: () => unknown): unknown {
  try {
    call();
    return 'none';
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

describe('page windows', () => {
  it('starts at 0 with the default page size', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: API_LIMITS.page.default });
    expect(pageWindow({ first: null })).toEqual({ offset: 0, limit: API_LIMITS.page.default });
    expect(pageWindow({ first: 0 })).toEqual({ offset: 0, limit: 0 });
  });

  it('continues after the item a cursor names', () => {
    expect(pageWindow({ first: 5, after: offsetToCursor(4) })).toEqual({ offset: 5, limit: 5 });
  });

  it('refuses a page above the cap with LIMIT_EXCEEDED, a negative or fractional size as bad input', () => {
    expect(codeOf(() => pageWindow({ first: API_LIMITS.page.max }))).toBe('none');
    expect(codeOf(() => pageWindow({ first: API_LIMITS.page.max + 1 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => pageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: 2.5 }))).toBe('BAD_USER_INPUT');
  });

  it('pages forwards only', () => {
    expect(codeOf(() => pageWindow({ last: 3 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ before: offsetToCursor(3) }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['not base64', 'bogus'],
    ['a hexadecimal offset', base64('OffsetConnection:0x2')],
    ['a leading zero', base64('OffsetConnection:02')],
    ['trailing text', base64('OffsetConnection:2abc')],
    ['a negative offset', base64('OffsetConnection:-1')],
    ['a fractional offset', base64('OffsetConnection:1.5')],
    ['an empty offset', base64('OffsetConnection:')],
    ['another prefix', base64('offset:2')],
    ['the right text without its base64 padding', offsetToCursor(10).replace(/=+$/, '')],
  ])('refuses a cursor with %s', (_case, cursor) => {
    expect(codeOf(() => pageWindow({ after: cursor }))).toBe('BAD_USER_INPUT');
  });
});

describe('connections over a window', () => {
  it('gives each edge the cursor of its offset and says where the page sits', () => {
    const connection = connectionFromWindow(['c', 'd'], 5, { offset: 2, limit: 2 }, (node) => ({
      node,
    }));
    expect(connection).toEqual({
      edges: [
        { node: 'c', cursor: offsetToCursor(2) },
        { node: 'd', cursor: offsetToCursor(3) },
      ],
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: offsetToCursor(2),
        endCursor: offsetToCursor(3),
      },
      totalCount: 5,
    });
  });

  it('an empty page has no cursors', () => {
    const connection = connectionFromWindow([], 0, { offset: 0, limit: 20 }, (node) => ({ node }));
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('keyset cursors of the top-level lists', () => {
  const byName = { field: 'NAME', direction: 'ASC' } as const;
  const byId = { field: 'ID', direction: 'DESC' } as const;

  it('name the last entity by its sort key, and decode to it', () => {
    const key = { name: 'Pei Gang', id: 'pei-gang' };
    expect(decodeListCursor(byName, listCursor(byName, key))).toEqual(key);
    expect(decodeListCursor(byId, listCursor(byId, key)).id).toBe('pei-gang');
  });

  it.each([
    ['an offset cursor of the old format', offsetToCursor(4)],
    ['not base64', 'bogus'],
    ['another order', listCursor({ field: 'NAME', direction: 'DESC' }, { name: 'a', id: 'a' })],
    ['a key of the wrong shape', base64('EntityKey:["NAME","ASC",1,"a"]')],
    ['another spelling of the same key', base64('EntityKey:[ "NAME","ASC","a","a"]')],
  ])('refuses %s as BAD_USER_INPUT', (_case, cursor) => {
    expect(codeOf(() => decodeListCursor(byName, cursor))).toBe('BAD_USER_INPUT');
  });
});
