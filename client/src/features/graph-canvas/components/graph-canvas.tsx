import type { EntityKind } from '@guanxi/graph-schema';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import {
  type KeyboardEvent,
  type Ref,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Position, VisibleGraph } from '../../../lib/explorer-graph';
import { shortcutFor } from '../../../lib/shortcuts';
import { type CanvasSnapshot, snapshotOf } from '../lib/canvas-snapshot';
import { type LayoutProgress, layoutAdded } from '../lib/incremental-layout';
import { type LayoutWorker, startLayoutWorker } from '../lib/layout-worker-client';
import { applyLabelVisibility, watchLabelVisibility } from '../lib/label-visibility';
import { applyPerformanceMode } from '../lib/performance-mode';
import { chooseRenderer } from '../lib/renderer-choice';
import { graphStylesheet } from '../lib/stylesheet';
import { syncElements } from '../lib/sync-elements';
import { type CanvasProbe, installProbe } from '../lib/test-hook';
import { applyEmphasis, type CanvasEmphasis } from '../lib/emphasis';
import { allInView, framing } from '../lib/framing';
import { applyHighlights, type CanvasFilter, type Highlights } from '../lib/highlights';
import { nextNodeId } from '../lib/keyboard-navigation';
import {
  ANIMATION_MS,
  animateView,
  FILTER_FIT_PADDING,
  FIT_PADDING,
  ZOOM_STEP,
} from '../lib/viewport';
import { LayoutIndicator } from './activity-indicator';
import { NodeTooltip, type TooltipTarget } from './node-tooltip';
import './graph-canvas.css';

export interface GraphCanvasHandle {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  centerOn(id: string): void;
  /** Where a node is drawn (model coordinates), to pin it there. */
  positionOf(id: string): Position | null;
  /** What is drawn now, with positions: what exports are made of. */
  snapshot(): CanvasSnapshot;
}

export interface CanvasSelection {
  group: 'nodes' | 'edges';
  id: string;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface GraphCanvasProps extends Omit<Highlights, 'pinnedIds'> {
  ref?: Ref<GraphCanvasHandle>;
  graph: VisibleGraph;
  /** Changes when a new picture starts (a new focus): everything is laid out afresh then. */
  scene: string;
  filter: CanvasFilter;
  /** Nodes pinned by hand, held where they were pinned. */
  pinned: ReadonlyMap<string, Position>;
  /** Who matters: node sizes by a score, colours by community. */
  emphasis: CanvasEmphasis;
  onSelect(selection: CanvasSelection | null): void;
  onExpand(nodeId: string): void;
  onContextMenu(nodeId: string, at: ScreenPoint): void;
  /** Shift-click: adds a node to the comparison (or takes it out). */
  onCompare(nodeId: string): void;
}

type Callbacks = Pick<GraphCanvasProps, 'onSelect' | 'onExpand' | 'onContextMenu' | 'onCompare'>;

const tooltipOf = (node: NodeSingular): TooltipTarget => ({
  name: node.data('name') as string,
  kind: node.data('kind') as EntityKind,
  at: node.renderedPosition(),
});

/** Room kept around newly expanded nodes when the view moves to show them. */
const EXPANSION_PADDING = 50;

/**
 * The one component that owns Cytoscape. The graph is created once; every later change is an
 * imperative update (element diff in a batch, classes, layout of added nodes only).
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { ref, graph, scene, filter, pinned, emphasis } = props;
  const [tooltip, setTooltip] = useState<TooltipTarget | null>(null);
  const pinnedRef = useRef(pinned);
  const sceneRef = useRef<string | null>(null);
  const filterRef = useRef(filter);
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const probeRef = useRef<CanvasProbe | null>(null);
  const layoutWorkerRef = useRef<LayoutWorker | null>(null);
  const [layoutProgress, setLayoutProgress] = useState<LayoutProgress | null>(null);
  const callbacks = useRef<Callbacks>(props);
  useEffect(() => {
    callbacks.current = props;
    pinnedRef.current = pinned;
  });

  useEffect(() => {
    const renderer = chooseRenderer();
    const cy = cytoscape({
      webgl: renderer === 'webgl',
      container: containerRef.current,
      style: graphStylesheet,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    probeRef.current = installProbe(cy, renderer);
    layoutWorkerRef.current = startLayoutWorker();
    cy.on('tap', 'node', (event) => {
      const id = (event.target as NodeSingular).id();
      if ((event.originalEvent as MouseEvent | undefined)?.shiftKey)
        callbacks.current.onCompare(id);
      else callbacks.current.onSelect({ group: 'nodes', id });
    });
    cy.on('tap', 'edge', (event) =>
      callbacks.current.onSelect({ group: 'edges', id: event.target.id() }),
    );
    cy.on('tap', (event) => {
      // Clicking the picture puts the keyboard on it, so the arrow keys walk it next.
      containerRef.current?.focus({ preventScroll: true });
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('mouseover', 'node', (event) => setTooltip(tooltipOf(event.target as NodeSingular)));
    cy.on('mouseout', 'node', () => setTooltip(null));
    cy.on('viewport remove', () => setTooltip(null));
    watchLabelVisibility(cy);
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
    cy.on('cxttap', 'node', (event) =>
      callbacks.current.onContextMenu(event.target.id(), event.renderedPosition),
    );
    return () => {
      cy.destroy();
      cyRef.current = null;
      layoutWorkerRef.current?.dispose();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added = syncElements(cy, graph.nodes, graph.edges);
    const fresh = sceneRef.current !== scene;
    sceneRef.current = scene;
    applyPerformanceMode(cy);
    // Pinned nodes (a shared link's among them) stand where they were pinned before the layout
    // runs: layouts leave locked nodes alone.
    cy.batch(() => {
      for (const [id, position] of pinnedRef.current) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.unlock().position(position).lock();
      }
    });
    const probe = probeRef.current;
    const worker = layoutWorkerRef.current;
    if (!worker) return;
    if (probe) probe.runningLayouts += 1;
    void layoutAdded(cy, fresh ? cy.nodes() : added, worker, {
      progress: setLayoutProgress,
      // Drawn means painted: wait for the frame after the first readable picture.
      pictured: () =>
        requestAnimationFrame(() => {
          if (probe) probe.firstDrawnAt ??= performance.now();
        }),
    }).then((report) => {
      if (probe) probe.runningLayouts -= 1;
      // An expansion whose new nodes landed out of sight brings them (and the node they came
      // from) into view, so the reader sees what was added.
      const arrived = added.filter((node) => node.inside());
      if (!fresh && arrived.nonempty() && !allInView(cy, arrived)) {
        const shown = arrived.union(arrived.neighborhood().nodes());
        animateView(cy, probe, framing(cy, shown, EXPANSION_PADDING), ANIMATION_MS.view);
      }
      if (probe && report.placed > 0) probe.layouts.push(report);
    });
  }, [graph, scene]);

  const { focusId, selectedId, expandedIds, comparedIds, path } = props;
  const pinnedIds = useMemo(() => new Set(pinned.keys()), [pinned]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyHighlights(cy, { focusId, selectedId, expandedIds, pinnedIds, comparedIds, path }, filter);
    // The focus and the selection keep their labels when the picture is zoomed out.
    applyLabelVisibility(cy);
    // A new filter changes what is in the picture: frame what remains.
    if (filterRef.current !== filter && cy.nodes(':visible').nonempty())
      animateView(
        cy,
        probeRef.current,
        framing(cy, cy.elements(':visible'), FILTER_FIT_PADDING),
        ANIMATION_MS.view,
      );
    filterRef.current = filter;
  }, [graph, focusId, selectedId, expandedIds, pinnedIds, comparedIds, path, filter]);

  useEffect(() => {
    if (cyRef.current) applyEmphasis(cyRef.current, emphasis);
  }, [graph, emphasis]);

  useImperativeHandle(ref, () => {
    const zoomBy = (factor: number) => {
      const cy = cyRef.current;
      if (!cy) return;
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const level = cy.zoom() * factor;
      animateView(
        cy,
        probeRef.current,
        { zoom: { level, renderedPosition: centre } },
        ANIMATION_MS.step,
      );
    };
    return {
      fit: () => {
        const cy = cyRef.current;
        if (cy)
          animateView(
            cy,
            probeRef.current,
            { fit: { eles: cy.elements(':visible'), padding: FIT_PADDING } },
            ANIMATION_MS.view,
          );
      },
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
      centerOn: (id) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (cy && node?.nonempty())
          animateView(cy, probeRef.current, { center: { eles: node } }, ANIMATION_MS.view);
      },
      positionOf: (id) => {
        const node = cyRef.current?.getElementById(id);
        return node?.nonempty() && node.isNode() ? { ...node.position() } : null;
      },
      snapshot: () => {
        if (!cyRef.current) throw new Error('The canvas is not ready.');
        return snapshotOf(cyRef.current);
      },
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const shortcut = shortcutFor(event, 'canvas');
    if (shortcut === 'nextNode' || shortcut === 'previousNode') {
      event.preventDefault();
      const id = nextNodeId(cy, selectedId, shortcut === 'nextNode' ? 1 : -1);
      if (id) {
        callbacks.current.onSelect({ group: 'nodes', id });
        const node = cy.getElementById(id);
        animateView(cy, probeRef.current, { center: { eles: node } }, ANIMATION_MS.step);
        // The walked-to node's full name, shown once the view has moved to it.
        setTimeout(() => {
          if (node.inside()) setTooltip(tooltipOf(node));
        }, ANIMATION_MS.step);
      }
      return;
    }
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (!shortcut || !node?.nonempty() || !node.isNode()) return;
    event.preventDefault();
    if (shortcut === 'expandNode') callbacks.current.onExpand(node.id());
    else callbacks.current.onContextMenu(node.id(), node.renderedPosition());
  };

  return (
    <>
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-label="Graph of entities. Arrow keys move between nodes, Enter expands, M opens the node menu."
        aria-roledescription="graph canvas"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setTooltip(null)}
        data-testid="graph-canvas"
        data-node-count={graph.nodes.length}
      />
      <NodeTooltip target={tooltip} />
      <LayoutIndicator progress={layoutProgress} />
    </>
  );
}
