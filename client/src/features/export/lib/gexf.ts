import { kindVisual } from '../../../config/kind-visuals';
import { type ExportDocument, sourceLine } from './export-document';
import { escapeXml } from './xml';

const rgb = (hex: string) => {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
};

const attvalue = (attribute: string, value: string | number): string =>
  `<attvalue for="${attribute}" value="${escapeXml(String(value))}"/>`;

/**
 * GEXF 1.3, Gephi's own format: nodes with their kind, colour and position; edges with type,
 * label, evidence count, best quote and its source; the title, date and sources in the meta.
 */
export function toGexf(document: ExportDocument): string {
  const date = document.exportedAt.slice(0, 10);
  const description = [
    document.title,
    `Exported from Guanxi on ${date}.`,
    'Sources:',
    ...document.sources.map((source, index) => `[${index + 1}] ${sourceLine(source)}`),
  ].join('\n');
  const nodes = document.nodes.map((node) => {
    const { r, g, b } = rgb(kindVisual(node.kind).color);
    return `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.name)}"><attvalues>${attvalue('kind', node.kind)}</attvalues><viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${Math.round(node.x)}" y="${-Math.round(node.y)}" z="0"/></node>`;
  });
  const edges = document.edges.map((edge) => {
    const [best] = edge.evidence;
    const values = [
      attvalue('type', edge.type),
      attvalue('evidence_count', edge.evidence.length),
      ...(best
        ? [attvalue('best_quote', best.quote), attvalue('best_quote_source', best.sourceId)]
        : []),
    ].join('');
    return `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.label)}"><attvalues>${values}</attvalues></edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    '    <creator>Guanxi</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="evidence_count" title="evidence count" type="integer"/>',
    '      <attribute id="best_quote" title="best quote" type="string"/>',
    '      <attribute id="best_quote_source" title="best quote source" type="string"/>',
    '    </attributes>',
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
