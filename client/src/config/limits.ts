/** How much the explorer asks for at once; the API caps these too. */
/** Neighbours loaded per "expand" step; the rest is offered as "N more". */
export const EXPAND_PAGE = 25;
export const SEARCH_HITS = 8;
export const SEARCH_DEBOUNCE_MS = 200;
/** Above this many elements the canvas trades detail for smoothness while the view moves. */
export const LARGE_GRAPH_ELEMENTS = 400;
export const MAX_HOPS = { min: 1, max: 6, default: 4 } as const;
export const HISTORY_DEPTH = 100;
