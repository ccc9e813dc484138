import type { Core } from 'cytoscape';
import type { LayoutReport } from './incremental-layout';
import type { CanvasRenderer } from './renderer-choice';

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
  /** An element's computed style property, e.g. an edge's `line-color`. */
  styleOf(id: string, property: string): string;
  renderedPosition(id: string): { x: number; y: number } | null;
  position(id: string): { x: number; y: number } | null;
  zoom(): number;
  /** The on-screen size in pixels of a node's label, or null when it is not drawn (too small). */
  labelPx(id: string): number | null;
  /** The text a node's label shows. */
  labelText(id: string): string;
  layouts: LayoutReport[];
  /** Layouts started and not yet finished. */
  runningLayouts: number;
  /** Viewport animations (fit, zoom, centre) started and not yet finished. */
  movingViews: number;
  /** performance.now() when the first readable picture (a draft, for a big one) was painted. */
  firstDrawnAt: number | null;
  renderer: CanvasRenderer;
}

declare global {
  interface Window {
    __GUANXI_TEST__?: boolean;
    /** Benchmarks compare renderers on the same picture; only honoured with the test hook. */
    __GUANXI_RENDERER__?: CanvasRenderer;
    __guanxi?: CanvasProbe;
  }
}

export const rendererOverride = (): CanvasRenderer | undefined =>
  window.__GUANXI_TEST__ === true ? window.__GUANXI_RENDERER__ : undefined;

export function installProbe(cy: Core, renderer: CanvasRenderer): CanvasProbe | null {
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
    styleOf: (id, property) => String(cy.getElementById(id).style(property)),
    renderedPosition: (id) => at(id)?.renderedPosition() ?? null,
    position: (id) => {
      const node = at(id);
      return node ? { ...node.position() } : null;
    },
    zoom: () => cy.zoom(),
    labelPx: (id) => {
      const node = at(id);
      // Asks the renderer itself whether it draws the label at this zoom.
      const renderer = (
        cy as unknown as { renderer(): { eleTextBiggerThanMin?(node: unknown): boolean } }
      ).renderer();
      if (!node || renderer.eleTextBiggerThanMin?.(node) === false) return null;
      return parseFloat(node.style('font-size')) * cy.zoom();
    },
    labelText: (id) => String(at(id)?.style('label') ?? ''),
    layouts: [],
    runningLayouts: 0,
    movingViews: 0,
    firstDrawnAt: null,
    renderer,
  };
  window.__guanxi = probe;
  return probe;
}
