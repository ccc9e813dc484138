import type { AnimationOptions, Core } from 'cytoscape';
import type { CanvasProbe } from './test-hook';

/** One zoom step in or out: a quarter more or less, the same both ways. */
export const ZOOM_STEP = 1.25;
/** How long the view takes to move: to a new frame, or by one small step. */
export const ANIMATION_MS = { view: 250, step: 150 };
export const FIT_PADDING = 40;
/** Framing what a filter leaves keeps a little more room around it. */
export const FILTER_FIT_PADDING = 60;

/**
 * Moves the viewport smoothly. While it moves, the test probe counts it, so that tests wait
 * for a still picture instead of guessing how long an animation takes.
 */
export function animateView(
  cy: Core,
  probe: CanvasProbe | null,
  viewport: AnimationOptions,
  duration: number,
): void {
  if (probe) probe.movingViews += 1;
  cy.animate(viewport, {
    duration,
    complete: () => {
      if (probe) probe.movingViews -= 1;
    },
  });
}
