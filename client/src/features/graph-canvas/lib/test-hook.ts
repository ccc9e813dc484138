import type { Core } from 'cytoscape';
import type { LayoutReport } from './incremental-layout';

/**
 * What end-to-end tests read from the canvas. Installed only when the test browser sets
 * `window.__GUANXI_TEST__` before the page loads; a normal visitor never gets it.
 */
export interface CanvasProbe {
  nodeIds(): string[];
  edgeIds(): string[];
  visibleNodeIds(): string[];
  selectedIds(): string[];
  classesOf(id: string): string[];
  renderedPosition(id: string): { x: number; y: number } | null;
  position(id: string): { x: number; y: number } | null;
  zoom(): number;
  layouts: LayoutReport[];
  /** Layouts started and not yet finished. */
  runningLayouts: number;
  /** Viewport animations (fit, zoom, centre) started and not yet finished. */
  movingViews: number;
  /** performance.now() when the first non-empty layout finished drawing. */
  firstDrawnAt: number | null;
}

declare global {
  interface Window {
    __GUANXI_TEST__?: boolean;
    __guanxi?: CanvasProbe;
  }
}

export function installProbe(cy: Core): CanvasProbe | null {
  if (window.__GUANXI_TEST__ !== true) return null;
  const at = (id: string) => {
    const element = cy.getElementById(id);
    return element.nonempty() && element.isNode() ? element : null;
  };
  const probe: CanvasProbe = {
    nodeIds: () => cy.nodes().map((node) => node.id()),
    edgeIds: () => cy.edges().map((edge) => edge.id()),
    visibleNodeIds: () => cy.nodes(':visible').map((node) => node.id()),
    selectedIds: () => cy.elements(':selected').map((element) => element.id()),
    classesOf: (id) => cy.getElementById(id).classes(),
    renderedPosition: (id) => at(id)?.renderedPosition() ?? null,
    position: (id) => {
      const node = at(id);
      return node ? { ...node.position() } : null;
    },
    zoom: () => cy.zoom(),
    layouts: [],
    runningLayouts: 0,
    movingViews: 0,
    firstDrawnAt: null,
  };
  window.__guanxi = probe;
  return probe;
}
