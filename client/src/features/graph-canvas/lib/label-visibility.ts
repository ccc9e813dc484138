import type { Core, NodeCollection } from 'cytoscape';
import { EDGE_LABEL_FONT_SIZE, LABEL_FONT_SIZE, MIN_READABLE_PX } from './stylesheet';

/** Big pictures show labels only once zoomed in further than the readable minimum. */
const LARGE_GRAPH_MIN_LABEL_PX = 14;
/** Cytoscape's own `min-zoomed-font-size` values that always and never show a label. */
const ALWAYS = 0;
const NEVER = 1_000_000;
/** Zoomed out, this many best-connected nodes (and the focus and selection) keep a label. */
const LANDMARKS = 10;
const LABEL_WIDTH = 160;
const LABEL_MARGIN = 5;

const LARGE_KEY = '_guanxiLargeGraph';
const STATE_KEY = '_guanxiLabels';

/**
 * The few nodes that stay labelled when the picture is zoomed out too far for every label:
 * the focus, the selection and the best connected ones, so the reader still has landmarks.
 */
function landmarksOf(cy: Core): NodeCollection {
  // Degrees read once per node: a comparator asking for them would build collections per call.
  const ranked = cy
    .nodes(':visible')
    .toArray()
    .map((node) => ({ node, degree: node.degree(false) }))
    .sort((a, b) => b.degree - a.degree || a.node.id().localeCompare(b.node.id()))
    .slice(0, LANDMARKS);
  return ranked.reduce<NodeCollection>(
    (landmarks, { node }) => landmarks.union(node),
    cy.nodes('.focus, :selected'),
  );
}

const LANDMARK_STYLE = 'label min-zoomed-font-size font-size text-max-width text-margin-y z-index';

/** Landmark labels are drawn at the readable size whatever the zoom (an element bypass). */
function showLandmarks(cy: Core, landmarks: NodeCollection): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes('.landmark').difference(landmarks).removeClass('landmark').removeStyle(LANDMARK_STYLE);
    landmarks.addClass('landmark');
    landmarks.forEach((node) => {
      node.style('label', node.data('name') as string);
    });
    landmarks.style({
      'min-zoomed-font-size': ALWAYS,
      'font-size': LABEL_FONT_SIZE / zoom,
      'text-max-width': `${LABEL_WIDTH / zoom}px`,
      'text-margin-y': LABEL_MARGIN / zoom,
      // Drawn above the crowd, so other nodes do not cover their names.
      'z-index': 20,
    });
  });
}

/**
 * Sets Cytoscape's label thresholds from the exact zoom. Says whether node labels are readable,
 * and whether that just changed (the landmarks must then be chosen again).
 */
function applyThresholds(cy: Core): { readable: boolean; crossed: boolean } {
  const large = cy.scratch(LARGE_KEY) === true;
  const minimum = large ? LARGE_GRAPH_MIN_LABEL_PX : MIN_READABLE_PX;
  const zoom = cy.zoom();
  const nodesReadable = LABEL_FONT_SIZE * zoom >= minimum;
  const edgesReadable = EDGE_LABEL_FONT_SIZE * zoom >= minimum;
  const state = `${large}/${nodesReadable}/${edgesReadable}`;
  const crossed = cy.scratch(STATE_KEY) !== state;
  if (crossed) {
    cy.scratch(STATE_KEY, state);
    // A big picture zoomed out carries no label text at all: Cytoscape would otherwise still
    // measure and cache every hidden label of thousands of nodes.
    const withText = (readable: boolean, mapping: string) => (readable || !large ? mapping : '');
    cy.style()
      .selector('node')
      .style({
        'min-zoomed-font-size': nodesReadable ? ALWAYS : NEVER,
        label: withText(nodesReadable, 'data(name)'),
      })
      .selector('edge')
      .style({
        'min-zoomed-font-size': edgesReadable ? ALWAYS : NEVER,
        label: withText(edgesReadable, 'data(label)'),
      })
      .update();
  }
  return { readable: nodesReadable, crossed };
}

/**
 * Shows node and edge labels only when they are drawn at least at the readable size on screen;
 * smaller ones give way to the tooltip, except a few landmarks drawn at the readable size.
 * Cytoscape's `min-zoomed-font-size` alone cannot promise that: it compares against the zoom
 * rounded up to a power of two, so a 12 px label at zoom 0.6 would still be drawn at 7 px. This
 * sets it from the exact zoom instead, touching the stylesheet only when a threshold is crossed.
 * Call it when the picture, its size class or its focus and selection change.
 */
export function applyLabelVisibility(cy: Core, large = cy.scratch(LARGE_KEY) === true): void {
  cy.scratch(LARGE_KEY, large);
  showLandmarks(cy, applyThresholds(cy).readable ? cy.collection() : landmarksOf(cy));
}

/** While zooming, the landmarks are ranked only when labels stop being readable. */
export function watchLabelVisibility(cy: Core): void {
  cy.on('zoom', () => {
    const { readable, crossed } = applyThresholds(cy);
    if (readable) showLandmarks(cy, cy.collection());
    else showLandmarks(cy, crossed ? landmarksOf(cy) : cy.nodes('.landmark'));
  });
}
