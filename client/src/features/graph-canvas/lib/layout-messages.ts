/** A node as the layout worker sees it: its box, where it is, and whether it must stay there. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  x: number;
  y: number;
  fixed: boolean;
}

export interface LayoutRequest {
  id: number;
  /** Sorted by id, with the edges, so that the same graph always feeds fcose in the same order. */
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /**
   * `fresh`: place everything from scratch; `staged` also answers a quick draft first, so a big
   * picture is readable long before it is refined. `incremental`: move only the free nodes.
   */
  mode: 'fresh' | 'staged' | 'incremental';
}

export interface LayoutReply {
  id: number;
  stage: 'draft' | 'final';
  /** x, y of every requested node, in the request's order. */
  positions: Float64Array;
}
