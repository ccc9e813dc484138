import type { StylesheetJson } from 'cytoscape';
import { KIND_VISUALS } from '../../../config/kind-visuals';
import { COLORS, FONT_FAMILY } from '../../../config/theme';

const { ink: INK, inkMuted: MUTED, path: ACCENT, accent: SELECTED } = COLORS;

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
      'font-size': 11,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': COLORS.surface,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Labels vanish when they would be unreadably small: cheaper to draw, calmer to look at.
      'min-zoomed-font-size': 5,
      'border-width': 2,
      'border-color': COLORS.surface,
      'overlay-opacity': 0,
    },
  },
  ...KIND_VISUALS.map((visual) => ({
    selector: `node[kind = "${visual.kind}"]`,
    style: { shape: visual.shape, 'background-color': visual.color },
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
      'font-size': 9,
      color: COLORS.inkSoft,
      'text-rotation': 'autorotate',
      'text-background-color': COLORS.edgeLabelBackground,
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 6,
      'overlay-opacity': 0,
    },
  },
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
  { selector: 'edge.dim-label', style: { color: MUTED } },
];
