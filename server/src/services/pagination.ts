import { badInput, limitExceeded } from '../errors';
import type { PageWindow } from '../repositories/relation-page-repository';

/** The most items one page may hold; larger pages are refused rather than silently shrunk. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'offset:';

export const encodeCursor = (offset: number): string =>
  Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`"${cursor}" is not a cursor this API handed out.`, { argument: 'after' });
  }
  return offset;
}

/** Turns Relay arguments into an offset window, enforcing the page-size cap. */
export function pageWindow(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): PageWindow {
  if (args.last != null || args.before != null) {
    throw badInput(
      'Page forwards with `first` and `after`; `last` and `before` are not supported.',
      {
        argument: args.last != null ? 'last' : 'before',
      },
    );
  }
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0) {
    throw badInput('`first` must be zero or a positive whole number.', { argument: 'first' });
  }
  if (first > MAX_PAGE_SIZE) {
    throw limitExceeded(
      `Page size limit exceeded: first may be at most ${MAX_PAGE_SIZE}, got ${first}. Page with \`after\`.`,
      { argument: 'first', limit: MAX_PAGE_SIZE },
    );
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface Connection<Edge> {
  edges: (Edge & { cursor: string })[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** A Relay connection over one offset window of a list whose full length is `total`. */
export function connectionFromWindow<Item, Edge>(
  items: readonly Item[],
  total: number,
  window: PageWindow,
  toEdge: (item: Item) => Edge,
): Connection<Edge> {
  const edges = items.map((item, index) => ({
    ...toEdge(item),
    cursor: encodeCursor(window.offset + index),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.offset + items.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}
