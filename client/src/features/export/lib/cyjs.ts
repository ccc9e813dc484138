import type { ExportDocument } from './export-document';

/**
 * Cytoscape.js JSON (.cyjs), which Cytoscape desktop imports: elements with their data and
 * positions, each edge with its evidence, and the title, date and sources on the network.
 */
export function toCyjs(document: ExportDocument) {
  return {
    format_version: '1.0',
    generated_by: 'guanxi',
    target_cytoscapejs_version: '~3',
    data: { name: document.title, exported_at: document.exportedAt, sources: document.sources },
    elements: {
      nodes: document.nodes.map(({ x, y, ...data }) => ({ data, position: { x, y } })),
      edges: document.edges.map((edge) => ({ data: { ...edge } })),
    },
  };
}
