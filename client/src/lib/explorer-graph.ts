import type { EntityKind, RelationType } from '@guanxi/graph-schema';

/** Who matters, graph-wide, as the last analysis stored it on the entity. */
export interface NodeScores {
  degree: number;
  pageRank: number;
  /** Null when the graph was too large for exact betweenness. */
  betweenness: number | null;
  community: number;
}

export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  /** Absent when the node came from an answer that does not carry scores (paths, shared ties). */
  scores?: NodeScores | null;
}

/** Where a pinned node stays, in the canvas's model coordinates. */
export interface Position {
  x: number;
  y: number;
}

/** When a relationship held, as the API answers it: dates are YYYY, YYYY-MM or YYYY-MM-DD. */
export interface EdgeTime {
  since: string | null;
  until: string | null;
  asOfFrom: string | null;
  asOfTo: string | null;
  /** Nothing dates it: a time slice keeps it, and the canvas draws it dashed. */
  undated: boolean;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string | null;
  /** Absent where an answer (a path, shared ties) does not say. */
  time?: EdgeTime;
}

export interface Subgraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  truncated: boolean;
}

/**
 * One exploration step that brought elements onto the canvas: the focus neighbourhood, the
 * expansion of a node (optionally by one relationship type), or a who-knows-whom answer.
 */
export interface Step {
  key: string;
  origin: 'focus' | 'expand' | 'path' | 'shared';
  nodeId: string;
  relationType: RelationType | null;
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  truncated: boolean;
  limit: number;
}

/**
 * The explorer's graph as an immutable value, so that undo and redo are just earlier values.
 * `nodes`/`edges` is a catalogue of everything loaded; what is drawn follows from `steps`.
 */
export interface ExplorerGraph {
  focusId: string | null;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  steps: readonly Step[];
  hidden: ReadonlySet<string>;
  pinned: ReadonlyMap<string, Position>;
}

export const emptyGraph: ExplorerGraph = {
  focusId: null,
  nodes: new Map(),
  edges: new Map(),
  steps: [],
  hidden: new Set(),
  pinned: new Map(),
};

const stepKey = (nodeId: string, relationType: RelationType | null): string =>
  relationType ? `${nodeId}:${relationType}` : nodeId;

function catalogue(graph: ExplorerGraph, subgraph: Subgraph) {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  // A path or shared answer brings no scores: a node keeps those a neighbourhood brought.
  for (const node of subgraph.nodes) nodes.set(node.id, { ...nodes.get(node.id), ...node });
  for (const edge of subgraph.edges) edges.set(edge.id, edge);
  return { nodes, edges };
}

function stepOf(
  origin: Step['origin'],
  nodeId: string,
  relationType: RelationType | null,
  subgraph: Subgraph,
  limit: number,
): Step {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  return {
    // An answer (paths, shared ties) is one step of its kind; expansions are one per node and type.
    key: origin === 'path' || origin === 'shared' ? origin : stepKey(nodeId, relationType),
    origin,
    nodeId,
    relationType,
    nodeIds: [...ids],
    // An edge is only drawn with both of its ends.
    edgeIds: subgraph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => edge.id),
    truncated: subgraph.truncated,
    limit,
  };
}

/** Starts a new picture around one entity. */
export function focusOn(
  graph: ExplorerGraph,
  nodeId: string,
  subgraph: Subgraph,
  limit: number,
): ExplorerGraph {
  return {
    ...graph,
    ...catalogue(graph, subgraph),
    focusId: nodeId,
    steps: [stepOf('focus', nodeId, null, subgraph, limit)],
    hidden: new Set(),
    pinned: new Map(),
  };
}

/** The opening picture: the whole (small) graph, with no entity in focus. */
export function showOverview(graph: ExplorerGraph, subgraph: Subgraph): ExplorerGraph {
  return {
    ...graph,
    ...catalogue(graph, subgraph),
    focusId: null,
    steps: [{ ...stepOf('focus', '', null, subgraph, 0), key: 'overview' }],
    hidden: new Set(),
    pinned: new Map(),
  };
}

/** Adds a node's neighbours (of one relationship type, or all); repeating a step replaces it. */
export function expand(
  graph: ExplorerGraph,
  nodeId: string,
  relationType: RelationType | null,
  subgraph: Subgraph,
  limit: number,
): ExplorerGraph {
  const step = stepOf('expand', nodeId, relationType, subgraph, limit);
  const hidden = new Set(graph.hidden);
  for (const id of step.nodeIds) hidden.delete(id);
  return {
    ...graph,
    ...catalogue(graph, subgraph),
    steps: [...graph.steps.filter((existing) => existing.key !== step.key), step],
    hidden,
  };
}

/** Draws an answer over the current picture, replacing the earlier answer of that kind. */
function showAnswer(
  graph: ExplorerGraph,
  origin: 'path' | 'shared',
  fromId: string,
  subgraph: Subgraph,
): ExplorerGraph {
  const step = stepOf(origin, fromId, null, subgraph, 0);
  const hidden = new Set(graph.hidden);
  for (const id of step.nodeIds) hidden.delete(id);
  return {
    ...graph,
    ...catalogue(graph, subgraph),
    focusId: graph.focusId ?? fromId,
    steps: [...graph.steps.filter((existing) => existing.origin !== origin), step],
    hidden,
  };
}

/** Who-knows-whom paths. */
export const showPaths = (graph: ExplorerGraph, fromId: string, subgraph: Subgraph) =>
  showAnswer(graph, 'path', fromId, subgraph);

/** What several entities share: their common connections and the ties to them. */
export const showShared = (graph: ExplorerGraph, fromId: string, subgraph: Subgraph) =>
  showAnswer(graph, 'shared', fromId, subgraph);

export const clearPaths = (graph: ExplorerGraph): ExplorerGraph => ({
  ...graph,
  steps: graph.steps.filter((step) => step.origin !== 'path'),
});

/**
 * Undoes every expansion of a node, then every expansion whose node is no longer drawn, so that
 * collapsing a node also folds away what was explored beyond it.
 */
export function collapse(graph: ExplorerGraph, nodeId: string): ExplorerGraph {
  let steps = graph.steps.filter((step) => !(step.origin === 'expand' && step.nodeId === nodeId));
  for (;;) {
    const orphan = steps.find(
      (step) =>
        step.origin === 'expand' &&
        !steps.some((other) => other !== step && other.nodeIds.includes(step.nodeId)),
    );
    if (!orphan) break;
    steps = steps.filter((step) => step !== orphan);
  }
  return { ...graph, steps };
}

export const hide = (graph: ExplorerGraph, nodeId: string): ExplorerGraph => ({
  ...graph,
  hidden: new Set([...graph.hidden, nodeId]),
});

export const showHidden = (graph: ExplorerGraph): ExplorerGraph => ({
  ...graph,
  hidden: new Set(),
});

/** Pins a node where it is drawn, or releases it. */
export function togglePin(graph: ExplorerGraph, nodeId: string, at: Position): ExplorerGraph {
  const pinned = new Map(graph.pinned);
  if (!pinned.delete(nodeId)) pinned.set(nodeId, { x: Math.round(at.x), y: Math.round(at.y) });
  return { ...graph, pinned };
}

/**
 * Hides and pins what a shared link lists, keeping only nodes the picture holds, so that a
 * stale id cannot hide or pin anything.
 */
export function withViewMarks(
  graph: ExplorerGraph,
  hidden: readonly string[],
  pinned: ReadonlyMap<string, Position>,
): ExplorerGraph {
  const drawn = new Set(graph.steps.flatMap((step) => step.nodeIds));
  return {
    ...graph,
    hidden: new Set(hidden.filter((id) => drawn.has(id))),
    pinned: new Map([...pinned].filter(([id]) => drawn.has(id))),
  };
}

/** The expansions so far, in the order they were made (of one node, when given). */
export const expansions = (graph: ExplorerGraph, nodeId?: string): Step[] =>
  graph.steps.filter(
    (step) => step.origin === 'expand' && (nodeId === undefined || step.nodeId === nodeId),
  );

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What the canvas draws: every node some step brought in, minus hidden ones and their edges. */
export function visibleGraph(graph: ExplorerGraph): VisibleGraph {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const step of graph.steps) {
    for (const id of step.nodeIds) if (!graph.hidden.has(id)) nodeIds.add(id);
    for (const id of step.edgeIds) edgeIds.add(id);
  }
  const nodes = [...nodeIds].flatMap((id) => graph.nodes.get(id) ?? []);
  const edges = [...edgeIds]
    .flatMap((id) => graph.edges.get(id) ?? [])
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  return { nodes, edges };
}
