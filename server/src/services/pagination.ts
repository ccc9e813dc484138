import { API_LIMITS } from '@guanxi/graph-schema';
import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { badInput, quoted } from '../errors';
import type { PageWindow } from '../repositories/relation-page-repository';
import { boundedCount } from './bounded-count';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Beyond any list this API serves, and within the 32-bit SKIP Neo4j takes: a cursor past it was
 * not handed out by us (it would otherwise reach Neo4j and fail there).
 */
const MAX_CURSOR_OFFSET = 1_000_000_000;

/**
 * The offset a cursor of ours stands for. The relay plugin's decoder is lenient (it reads
 * "OffsetConnection:0x2" as 0 and ignores trailing text), so a cursor is accepted only when
 * encoding its offset again gives back exactly the cursor: one spelling per offset.
 */
function decodeCursor(cursor: string): number {
  const refused = () =>
    badInput(`${quoted(cursor)} is not a cursor this API handed out.`, { argument: 'after' });
  let offset: number;
  try {
    offset = cursorToOffset(cursor);
  } catch {
    throw refused();
  }
  if (
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    offset > MAX_CURSOR_OFFSET ||
    offsetToCursor(offset) !== cursor
  ) {
    throw refused();
  }
  return offset;
}

/** Turns Relay arguments into an offset window, enforcing the contract's page-size cap. */
export function pageWindow(args: PageArgs): PageWindow {
  if (args.last != null || args.before != null) {
    throw badInput(
      'Page forwards with `first` and `after`; `last` and `before` are not supported.',
      { argument: args.last != null ? 'last' : 'before' },
    );
  }
  const limit = boundedCount(args.first ?? API_LIMITS.page.default, {
    argument: 'first',
    min: 0,
    max: API_LIMITS.page.max,
    limit: 'Page size',
    hint: 'Page with `after`.',
  });
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
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
    cursor: offsetToCursor(window.offset + index),
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
