import type { StylesheetJson } from 'cytoscape';
import { KIND_VISUALS } from '../../../config/kind-visuals';
import { COLORS, COMMUNITY_COLORS, FONT_FAMILY, PATH_COLORS } from '../../../config/theme';
import { communityClass } from './emphasis';
import { pathClass } from './highlights';

const { ink: INK, inkMuted: MUTED, path: ACCENT, accent: SELECTED } = COLORS;

/** No label is drawn smaller than this on screen (pixels); smaller ones give way to a tooltip. */
export const MIN_READABLE_PX = 11;
export const LABEL_FONT_SIZE = 12;
export const EDGE_LABEL_FONT_SIZE = 10;

/**
 * The canvas's one stylesheet. Kind shapes and colours come from the shared kind visuals, which
 * derive from graph-schema's kinds, and the rest from the theme the page's CSS uses too, so the
 * legend, the panels and the canvas cannot disagree.
 */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 30,
      height: 30,
      'font-family': FONT_FAMILY,
      'font-size': LABEL_FONT_SIZE,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      // Whole names, wrapped: a cut name ("Shanghai Association of…") is a different name.
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'text-background-color': COLORS.surface,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Set from the zoom by label-visibility: labels too small to read give way to a tooltip.
      'min-zoomed-font-size': MIN_READABLE_PX,
      'border-width': 2,
      'border-color': COLORS.surface,
      'overlay-opacity': 0,
    },
  },
  ...KIND_VISUALS.map((visual) => ({
    selector: `node[kind = "${visual.kind}"]`,
    style: { shape: visual.shape, 'background-color': visual.color },
  })),
  // Colour by community replaces the kind's colour; the shape still tells the kind.
  ...COMMUNITY_COLORS.map((color, index) => ({
    selector: `node.${communityClass(index)}`,
    style: { 'background-color': color },
  })),
  // The focus is drawn above its neighbours, so that in a crowded picture it stays in reach.
  {
    selector: 'node.focus',
    style: { width: 42, height: 42, 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    selector: 'node.expanded',
    style: { 'border-color': COLORS.surface, 'border-width': 3, 'border-style': 'double' },
  },
  {
    selector: 'node.compared',
    style: {
      'underlay-color': SELECTED,
      'underlay-opacity': 0.22,
      'underlay-padding': 9,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'node.pinned',
    style: { 'border-color': INK, 'border-width': 3, 'border-style': 'dashed' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': COLORS.edge,
      'target-arrow-color': COLORS.edge,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': EDGE_LABEL_FONT_SIZE,
      color: COLORS.inkSoft,
      'text-rotation': 'autorotate',
      'text-background-color': COLORS.edgeLabelBackground,
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': MIN_READABLE_PX,
      'overlay-opacity': 0,
    },
  },
  { selector: 'edge.in-time[?undated]', style: { 'line-style': 'dashed' } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
  {
    selector: 'node.neighbour',
    style: { 'border-color': SELECTED, 'border-width': 2 },
  },
  {
    selector: 'edge.neighbour',
    style: { 'line-color': COLORS.accentMuted, 'target-arrow-color': COLORS.accentMuted, width: 2 },
  },
  {
    selector: 'node:selected',
    style: {
      'border-color': SELECTED,
      'border-width': 4,
      'underlay-color': SELECTED,
      'underlay-opacity': 0.15,
      'underlay-padding': 6,
    },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': SELECTED, 'target-arrow-color': SELECTED, width: 3, color: SELECTED },
  },
  {
    selector: 'node.on-path',
    style: { 'border-color': ACCENT, 'border-width': 4, opacity: 1, 'text-opacity': 1 },
  },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': ACCENT,
      'target-arrow-color': ACCENT,
      width: 4,
      opacity: 1,
      'text-opacity': 1,
      color: COLORS.pathInk,
      'z-index': 10,
    },
  },
  ...PATH_COLORS.map((color, index) => ({
    selector: `edge.on-path.${pathClass(index)}`,
    style: { 'line-color': color, 'target-arrow-color': color },
  })),
  { selector: 'edge.dim-label', style: { color: MUTED } },
];
