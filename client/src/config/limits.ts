/**
 * How much the explorer asks for at once. These are the explorer's own choices; the bounds the
 * API enforces come from its contract, `API_LIMITS` in @guanxi/graph-schema.
 */
/** Neighbours loaded per "expand" step; the rest is offered as "N more". */
export const EXPAND_PAGE = 25;
export const SEARCH_HITS = 8;
export const SEARCH_DEBOUNCE_MS = 200;
/** Above this many elements the canvas trades detail for smoothness while the view moves. */
export const LARGE_GRAPH_ELEMENTS = 400;
export const HISTORY_DEPTH = 100;
