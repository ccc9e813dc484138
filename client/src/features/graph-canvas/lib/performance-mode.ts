import type { Core } from 'cytoscape';
import { LARGE_GRAPH_ELEMENTS } from '../../../config/limits';
import { applyLabelVisibility } from './label-visibility';

/** Renderer switches that Cytoscape reads on every frame but only exposes as init options. */
interface ViewportRendering {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/**
 * Large graphs stay smooth by drawing edges and full detail only while the view is still: while
 * panning or zooming, edges are hidden and the nodes drawn from a cached texture, and labels
 * disappear sooner when zoomed out.
 */
export function applyPerformanceMode(cy: Core): boolean {
  const large = cy.elements().length > LARGE_GRAPH_ELEMENTS;
  const renderer = (cy as unknown as { renderer(): ViewportRendering | undefined }).renderer();
  if (renderer) {
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
  // Big pictures drop labels earlier as they zoom out: thousands of labels are what makes them slow.
  applyLabelVisibility(cy, large);
  cy.container()?.setAttribute('data-performance-mode', large ? 'on' : 'off');
  return large;
}
