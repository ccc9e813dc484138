import type { EntityKind } from '@guanxi/graph-schema';
import { KIND_VISUALS, type KindShape, kindVisual } from '../../../config/kind-visuals';
import { COLORS, FONT_FAMILY } from '../../../config/theme';
import { type ExportDocument, sourceLine } from './export-document';
import { escapeXml } from './xml';

const NODE_RADIUS = 15;
const MARGIN = 40;
const LABEL_CHARS = 24;
const LINE_HEIGHT = 14;
const HEADER_HEIGHT = 96;
const MIN_WIDTH = 720;

/** Splits a name into lines of about `width` characters at spaces; nothing is cut. */
export function wrapName(name: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const points = (corners: number, radius: number, rotation: number): string =>
  Array.from({ length: corners }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / corners;
    return `${(radius * Math.cos(angle)).toFixed(1)},${(radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');

const SHAPES: Record<KindShape, (radius: number) => string> = {
  ellipse: (radius) => `<circle r="${radius}"/>`,
  'round-rectangle': (radius) =>
    `<rect x="${-radius}" y="${-radius}" width="${2 * radius}" height="${2 * radius}" rx="${radius / 3}"/>`,
  hexagon: (radius) => `<polygon points="${points(6, radius, 0)}"/>`,
  diamond: (radius) => `<polygon points="${points(4, radius * 1.15, -Math.PI / 2)}"/>`,
  'round-triangle': (radius) =>
    `<polygon points="${points(3, radius * 1.2, -Math.PI / 2)}" stroke-linejoin="round"/>`,
};

const shape = (kind: EntityKind, radius: number, x: number, y: number): string => {
  const visual = kindVisual(kind);
  return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)})" fill="${visual.color}" stroke="#ffffff" stroke-width="2">${SHAPES[visual.shape](radius)}</g>`;
};

const text = (content: string, x: number, y: number, size: number, extra = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`;

/**
 * The picture as a self-contained SVG: the graph as drawn (positions kept), every name whole,
 * a title with the date, a legend of the kinds shown and the list of sources quoted.
 */
export function toSvg(document: ExportDocument): string {
  const xs = document.nodes.map((node) => node.x);
  const ys = document.nodes.map((node) => node.y);
  const labelRoom = LINE_HEIGHT * 4;
  const minX = Math.min(...xs, 0) - NODE_RADIUS - 90;
  const maxX = Math.max(...xs, 0) + NODE_RADIUS + 90;
  const minY = Math.min(...ys, 0) - NODE_RADIUS;
  const maxY = Math.max(...ys, 0) + NODE_RADIUS + labelRoom;
  const width = Math.max(MIN_WIDTH, maxX - minX + 2 * MARGIN);
  const graphHeight = maxY - minY;
  const sourcesTop = HEADER_HEIGHT + graphHeight + MARGIN;
  const height = sourcesTop + 28 + document.sources.length * 18 + MARGIN;
  const offsetX = MARGIN - minX + (width - (maxX - minX + 2 * MARGIN)) / 2;
  const offsetY = HEADER_HEIGHT - minY;
  const at = new Map(
    document.nodes.map((node) => [node.id, { x: node.x + offsetX, y: node.y + offsetY }]),
  );

  const edges = document.edges.flatMap((edge) => {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (!from || !to) return [];
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const shorten = (NODE_RADIUS + 3) / length;
    const x2 = to.x - (to.x - from.x) * shorten;
    const y2 = to.y - (to.y - from.y) * shorten;
    const line = `<line x1="${from.x.toFixed(1)}" y1="${from.y.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${COLORS.edge}" stroke-width="1.4" marker-end="url(#arrow)"/>`;
    const label = text(
      edge.label,
      (from.x + to.x) / 2,
      (from.y + to.y) / 2,
      10,
      `text-anchor="middle" fill="${COLORS.inkSoft}" class="halo"`,
    );
    return [line, label];
  });

  const nodes = document.nodes.flatMap((node) => {
    const { x, y } = at.get(node.id) ?? { x: 0, y: 0 };
    const lines = wrapName(node.name).map((line, index) =>
      text(
        line,
        x,
        y + NODE_RADIUS + 14 + index * LINE_HEIGHT,
        12,
        `text-anchor="middle" class="halo"`,
      ),
    );
    return [shape(node.kind, NODE_RADIUS, x, y), ...lines];
  });

  const kindsShown = KIND_VISUALS.filter((visual) =>
    document.nodes.some((node) => node.kind === visual.kind),
  );
  const legend = kindsShown.flatMap((visual, index) => {
    const x = MARGIN + index * 130;
    return [shape(visual.kind, 7, x + 7, 76), text(visual.plural, x + 20, 80, 12)];
  });

  const date = document.exportedAt.slice(0, 10);
  const sources = document.sources.map((source, index) =>
    text(`[${index + 1}] ${sourceLine(source)}`, MARGIN, sourcesTop + 28 + index * 18, 12),
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family='${FONT_FAMILY}' fill="${COLORS.ink}">`,
    `<title>${escapeXml(document.title)}</title>`,
    '<defs>',
    `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLORS.edge}"/></marker>`,
    `<style>.halo { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }</style>`,
    '</defs>',
    `<rect width="100%" height="100%" fill="${COLORS.surface}"/>`,
    text(document.title, MARGIN, 36, 20, 'font-weight="600"'),
    text(
      `Guanxi · exported ${date} · ${document.nodes.length} entities, ${document.edges.length} relationships`,
      MARGIN,
      56,
      12,
      `fill="${COLORS.inkSoft}"`,
    ),
    ...legend,
    ...edges,
    ...nodes,
    text('Sources', MARGIN, sourcesTop + 8, 13, 'font-weight="600"'),
    ...sources,
    '</svg>',
    '',
  ].join('\n');
}
