import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { LayoutNode, LayoutRequest } from './layout-messages';
import type { LayoutWorker } from './layout-worker-client';
import { COMFORTABLE_ZOOM } from './framing';
import { FIT_PADDING } from './viewport';

export interface LayoutReport {
  nodes: number;
  placed: number;
  ms: number;
  /** When the picture was first readable: the draft of a staged layout, else the final one. */
  firstPictureMs: number;
}

/** What a long layout is doing, for the progress indicator. */
export interface LayoutProgress {
  nodes: number;
  stage: 'placing' | 'refining';
}

export interface LayoutObserver {
  progress(progress: LayoutProgress | null): void;
  /** Called once the picture is first readable. */
  pictured(): void;
}

/** Up to this many nodes, layouts are quick, hold every drawn node and count labels. */
const WHOLE_REGION_NODES = 300;

const byId = (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : 1);

function layoutNode(node: NodeSingular, fixed: boolean, includeLabels: boolean): LayoutNode {
  const { w, h } = node.layoutDimensions({ nodeDimensionsIncludeLabels: includeLabels });
  const { x, y } = node.position();
  return { id: node.id(), width: w, height: h, x, y, fixed: fixed || node.locked() };
}

/** The worker's question, in id order so that the same graph gets the same answer. */
function layoutRequest(region: NodeCollection, added: NodeCollection, fresh: boolean) {
  const nodes = region.nodes().toArray().sort(byId);
  const ids = new Set(nodes.map((node) => node.id()));
  // Counting labels keeps names apart; too costly for big pictures, where labels hide anyway.
  const includeLabels = fresh && nodes.length <= WHOLE_REGION_NODES;
  const mode: LayoutRequest['mode'] = !fresh
    ? 'incremental'
    : nodes.length > WHOLE_REGION_NODES
      ? 'staged'
      : 'fresh';
  return {
    mode,
    nodes: nodes.map((node) => layoutNode(node, !added.has(node), includeLabels)),
    edges: region
      .connectedEdges()
      .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }))
      .filter(({ source, target }) => ids.has(source) && ids.has(target))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ source, target }) => ({ source, target })),
  } satisfies Omit<LayoutRequest, 'id'>;
}

function place(cy: Core, nodes: readonly LayoutNode[], positions: Float64Array): void {
  cy.batch(() =>
    nodes.forEach((node, index) => {
      const element = cy.getElementById(node.id);
      if (node.fixed || element.empty()) return;
      const [x = element.position('x'), y = element.position('y')] = positions.subarray(
        2 * index,
        2 * index + 2,
      );
      element.position({ x, y });
    }),
  );
}

/** Frames a fresh picture; fitting a handful of nodes would blow them up, so keep a calm scale. */
function frame(cy: Core): void {
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > COMFORTABLE_ZOOM) {
    cy.zoom(COMFORTABLE_ZOOM);
    cy.center();
  }
}

const viewOf = (cy: Core) => JSON.stringify([cy.zoom(), cy.pan()]);

/**
 * Lays out only what was added, in the layout worker, so the page stays responsive. A fresh
 * picture is placed from scratch (a big one shown as a quick draft first, then refined); after
 * an expansion the new nodes move and the nodes they touch stay where they are, so the rest of
 * the picture does not move. Pinned nodes never move.
 */
export async function layoutAdded(
  cy: Core,
  added: NodeCollection,
  worker: LayoutWorker,
  observer: LayoutObserver,
): Promise<LayoutReport> {
  const started = performance.now();
  const fresh = added.length === cy.nodes().length;
  if (added.empty()) return { nodes: cy.nodes().length, placed: 0, ms: 0, firstPictureMs: 0 };

  // New nodes must keep clear of every drawn node, not only their neighbours; holding all of them
  // in place is affordable up to a few hundred nodes, beyond that the neighbours have to do.
  const region =
    fresh || cy.nodes().length <= WHOLE_REGION_NODES
      ? cy.elements()
      : added.union(added.neighborhood());
  const request = layoutRequest(region, added, fresh);
  const staged = request.mode === 'staged';
  let firstPictureMs: number | null = null;
  let framedView: string | null = null;
  const pictured = () => {
    if (firstPictureMs !== null) return;
    firstPictureMs = Math.round(performance.now() - started);
    observer.pictured();
  };

  if (staged) observer.progress({ nodes: request.nodes.length, stage: 'placing' });
  try {
    const positions = await worker.lay(request, (draft) => {
      place(cy, request.nodes, draft);
      frame(cy);
      framedView = viewOf(cy);
      pictured();
      observer.progress({ nodes: request.nodes.length, stage: 'refining' });
    });
    if (!positions) return { nodes: cy.nodes().length, placed: 0, ms: 0, firstPictureMs: 0 };
    place(cy, request.nodes, positions);
    // Re-frame the refined picture only if the reader has not moved the draft meanwhile.
    if (fresh && (framedView === null || framedView === viewOf(cy))) frame(cy);
    pictured();
  } finally {
    if (staged) observer.progress(null);
  }
  return {
    nodes: cy.nodes().length,
    placed: added.length,
    ms: Math.round(performance.now() - started),
    firstPictureMs: firstPictureMs ?? 0,
  };
}
