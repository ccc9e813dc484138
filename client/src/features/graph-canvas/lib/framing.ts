import type { Collection, Core } from 'cytoscape';

/** Framing a few nodes never magnifies them past this: a calm, readable scale. */
export const COMFORTABLE_ZOOM = 1.3;

/**
 * The zoom and centre that show `elements` whole with `padding` around them, at most at the
 * comfortable zoom (`cy.fit` would blow one or two nodes up to the maximum zoom).
 */
export function framing(cy: Core, elements: Collection, padding: number) {
  const box = elements.boundingBox();
  const fitZoom = Math.min(
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(fitZoom, COMFORTABLE_ZOOM, cy.maxZoom()));
  return { zoom, center: { eles: elements } };
}

/** Whether every one of `elements` is drawn inside the visible part of the canvas. */
export function allInView(cy: Core, elements: Collection): boolean {
  const view = cy.extent();
  const box = elements.boundingBox();
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}
