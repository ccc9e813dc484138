import cytoscape, { type Core } from 'cytoscape';
import { type KeyboardEvent, type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import type { VisibleGraph } from '../../../lib/explorer-graph';
import { type CyjsDocument, exportCyjs } from '../lib/export-cyjs';
import { type LayoutReport, layoutAdded } from '../lib/incremental-layout';
import { applyPerformanceMode } from '../lib/performance-mode';
import { registerExtensions } from '../lib/register-extensions';
import { graphStylesheet } from '../lib/stylesheet';
import { syncElements } from '../lib/sync-elements';
import { type CanvasProbe, installProbe } from '../lib/test-hook';
import { applyHighlights, type CanvasFilter, type Highlights } from '../lib/highlights';
import { nextNodeId } from '../lib/keyboard-navigation';

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
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
  onLayout?(report: LayoutReport): void;
}

type Callbacks = Pick<GraphCanvasProps, 'onSelect' | 'onExpand' | 'onContextMenu' | 'onLayout'>;

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
    void layoutAdded(cy, fresh ? cy.nodes() : added).then((report) => {
      const probe = probeRef.current;
      if (probe && report.placed > 0) {
        probe.layouts.push(report);
        // Drawn means painted: wait for the frame after the layout.
        requestAnimationFrame(() => {
          probe.firstDrawnAt ??= performance.now();
        });
      }
      callbacks.current.onLayout?.(report);
    });
  }, [graph, scene]);

  const { focusId, selectedId, expandedIds, pinnedIds, path } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyHighlights(cy, { focusId, selectedId, expandedIds, pinnedIds, path }, filter);
    // A new filter changes what is in the picture: frame what remains.
    if (filterRef.current !== filter && cy.nodes(':visible').nonempty())
      cy.animate({ fit: { eles: cy.elements(':visible'), padding: 60 } }, { duration: 250 });
    filterRef.current = filter;
  }, [graph, focusId, selectedId, expandedIds, pinnedIds, path, filter]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () =>
        cyRef.current?.animate(
          { fit: { eles: cyRef.current.elements(':visible'), padding: 40 } },
          { duration: 250 },
        ),
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        cy.animate(
          { zoom: { level: cy.zoom() * factor, renderedPosition: centre } },
          { duration: 150 },
        );
      },
      centerOn: (id) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (cy && node?.nonempty()) cy.animate({ center: { eles: node } }, { duration: 250 });
      },
      png: () =>
        cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) ?? '',
      cyjs: (title) => {
        if (!cyRef.current) throw new Error('The canvas is not ready.');
        return exportCyjs(cyRef.current, title);
      },
    }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const id = nextNodeId(cy, selectedId, step);
      if (id) {
        callbacks.current.onSelect({ group: 'nodes', id });
        cy.animate({ center: { eles: cy.getElementById(id) } }, { duration: 150 });
      }
      return;
    }
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (!node?.nonempty() || !node.isNode()) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      callbacks.current.onExpand(node.id());
    } else if (
      event.key === 'ContextMenu' ||
      (event.shiftKey && event.key === 'F10') ||
      event.key === 'm'
    ) {
      event.preventDefault();
      callbacks.current.onContextMenu(node.id(), node.renderedPosition());
    }
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
