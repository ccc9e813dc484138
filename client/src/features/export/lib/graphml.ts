import type { ExportDocument } from './export-document';
import { escapeXml } from './xml';

const data = (key: string, value: string | number): string =>
  `<data key="${key}">${escapeXml(String(value))}</data>`;

const KEYS = [
  ['title', 'graph', 'title', 'string'],
  ['exportedAt', 'graph', 'exported_at', 'string'],
  ['sources', 'graph', 'sources', 'string'],
  ['name', 'node', 'name', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['x', 'node', 'x', 'double'],
  ['y', 'node', 'y', 'double'],
  ['type', 'edge', 'type', 'string'],
  ['label', 'edge', 'label', 'string'],
  ['quote', 'edge', 'best_quote', 'string'],
  ['quoteSource', 'edge', 'best_quote_source', 'string'],
  ['evidence', 'edge', 'evidence_json', 'string'],
] as const;

/**
 * GraphML (yEd, Gephi, NetworkX, igraph): names, kinds and positions on nodes; type, label,
 * the best quote and every quote (as JSON) on edges; title, date and sources (JSON) on the graph.
 */
export function toGraphml(document: ExportDocument): string {
  const keys = KEYS.map(
    ([id, scope, name, type]) =>
      `  <key id="${id}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`,
  );
  const nodes = document.nodes.map(
    (node) =>
      `    <node id="${escapeXml(node.id)}">${data('name', node.name)}${data('kind', node.kind)}${data('x', Math.round(node.x))}${data('y', Math.round(node.y))}</node>`,
  );
  const edges = document.edges.map((edge) => {
    const [best] = edge.evidence;
    return `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data('type', edge.type)}${data('label', edge.label)}${best ? data('quote', best.quote) + data('quoteSource', best.sourceId) : ''}${data('evidence', JSON.stringify(edge.evidence))}</edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="guanxi" edgedefault="directed">',
    `    ${data('title', document.title)}${data('exportedAt', document.exportedAt)}${data('sources', JSON.stringify(document.sources))}`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
