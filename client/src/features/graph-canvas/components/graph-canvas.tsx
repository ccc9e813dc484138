import cytoscape, { type Core } from 'cytoscape';
import { type KeyboardEvent, type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { COLORS } from '../../../config/theme';
import type { VisibleGraph } from '../../../lib/explorer-graph';
import { shortcutFor } from '../../../lib/shortcuts';
import { type CyjsDocument, exportCyjs } from '../lib/export-cyjs';
import { layoutAdded } from '../lib/incremental-layout';
import { applyPerformanceMode } from '../lib/performance-mode';
import { registerExtensions } from '../lib/register-extensions';
import { graphStylesheet } from '../lib/stylesheet';
import { syncElements } from '../lib/sync-elements';
import { type CanvasProbe, installProbe } from '../lib/test-hook';
import { applyHighlights, type CanvasFilter, type Highlights } from '../lib/highlights';
import { nextNodeId } from '../lib/keyboard-navigation';
import {
  ANIMATION_MS,
  animateView,
  FILTER_FIT_PADDING,
  FIT_PADDING,
  ZOOM_STEP,
} from '../lib/viewport';
import './graph-canvas.css';

export interface GraphCanvasHandle {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  centerOn(id: string): void;
  png(): string;
  cyjs(title: string): CyjsDocument;
}

export interface CanvasSelection {
  group: 'nodes' | 'edges';
  id: string;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface GraphCanvasProps extends Highlights {
  ref?: Ref<GraphCanvasHandle>;
  graph: VisibleGraph;
  /** Changes when a new picture starts (a new focus): everything is laid out afresh then. */
  scene: string;
  filter: CanvasFilter;
  onSelect(selection: CanvasSelection | null): void;
  onExpand(nodeId: string): void;
  onContextMenu(nodeId: string, at: ScreenPoint): void;
}

type Callbacks = Pick<GraphCanvasProps, 'onSelect' | 'onExpand' | 'onContextMenu'>;

/**
 * The one component that owns Cytoscape. The graph is created once; every later change is an
 * imperative update (element diff in a batch, classes, layout of added nodes only).
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { ref, graph, scene, filter } = props;
  const sceneRef = useRef<string | null>(null);
  const filterRef = useRef(filter);
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const probeRef = useRef<CanvasProbe | null>(null);
  const callbacks = useRef<Callbacks>(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({
      container: containerRef.current,
      style: graphStylesheet,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    probeRef.current = installProbe(cy);
    cy.on('tap', 'node', (event) =>
      callbacks.current.onSelect({ group: 'nodes', id: event.target.id() }),
    );
    cy.on('tap', 'edge', (event) =>
      callbacks.current.onSelect({ group: 'edges', id: event.target.id() }),
    );
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
    cy.on('cxttap', 'node', (event) =>
      callbacks.current.onContextMenu(event.target.id(), event.renderedPosition),
    );
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added = syncElements(cy, graph.nodes, graph.edges);
    const fresh = sceneRef.current !== scene;
    sceneRef.current = scene;
    applyPerformanceMode(cy);
    const probe = probeRef.current;
    if (probe) probe.runningLayouts += 1;
    void layoutAdded(cy, fresh ? cy.nodes() : added).then((report) => {
      if (probe) probe.runningLayouts -= 1;
      if (probe && report.placed > 0) {
        probe.layouts.push(report);
        // Drawn means painted: wait for the frame after the layout.
        requestAnimationFrame(() => {
          probe.firstDrawnAt ??= performance.now();
        });
      }
    });
  }, [graph, scene]);

  const { focusId, selectedId, expandedIds, pinnedIds, path } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyHighlights(cy, { focusId, selectedId, expandedIds, pinnedIds, path }, filter);
    // A new filter changes what is in the picture: frame what remains.
    if (filterRef.current !== filter && cy.nodes(':visible').nonempty())
      animateView(
        cy,
        probeRef.current,
        { fit: { eles: cy.elements(':visible'), padding: FILTER_FIT_PADDING } },
        ANIMATION_MS.view,
      );
    filterRef.current = filter;
  }, [graph, focusId, selectedId, expandedIds, pinnedIds, path, filter]);

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
      png: () =>
        cyRef.current?.png({ full: true, scale: 2, bg: COLORS.surface, output: 'base64uri' }) ?? '',
      cyjs: (title) => {
        if (!cyRef.current) throw new Error('The canvas is not ready.');
        return exportCyjs(cyRef.current, title);
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
        const center = { eles: cy.getElementById(id) };
        animateView(cy, probeRef.current, { center }, ANIMATION_MS.step);
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
    <div
      ref={containerRef}
      className="graph-canvas"
      role="application"
      aria-label="Graph of entities. Arrow keys move between nodes, Enter expands, M opens the node menu."
      aria-roledescription="graph canvas"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="graph-canvas"
      data-node-count={graph.nodes.length}
    />
  );
}
