import { edgesCsv, nodesCsv } from './csv';
import { toCyjs } from './cyjs';
import type { ExportDocument } from './export-document';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { svgSize, svgToPng } from './png-picture';
import { toSvg } from './svg-picture';

/** One file a person can take elsewhere: what it is called, where it opens, how it is made. */
export interface ExportFormat {
  id: string;
  label: string;
  hint: string;
  extension: string;
  file(document: ExportDocument): Promise<Blob>;
}

const blob = (content: string, type: string): Promise<Blob> =>
  Promise.resolve(new Blob([content], { type }));

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'png',
    label: 'Image (PNG)',
    hint: 'The picture with title, legend, date and sources',
    extension: 'png',
    file: (document) => {
      const svg = toSvg(document);
      const { width, height } = svgSize(svg);
      return svgToPng(svg, width, height);
    },
  },
  {
    id: 'svg',
    label: 'Picture (SVG)',
    hint: 'The same, as a vector drawing for print and editing',
    extension: 'svg',
    file: (document) => blob(toSvg(document), 'image/svg+xml'),
  },
  {
    id: 'cyjs',
    label: 'Graph data (Cytoscape JSON)',
    hint: 'Visible nodes and edges with evidence; opens in Cytoscape desktop',
    extension: 'cyjs',
    file: (document) => blob(JSON.stringify(toCyjs(document), null, 2), 'application/json'),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    hint: 'For yEd, NetworkX, igraph; evidence on every edge',
    extension: 'graphml',
    file: (document) => blob(toGraphml(document), 'application/graphml+xml'),
  },
  {
    id: 'gexf',
    label: 'GEXF (Gephi)',
    hint: "Gephi's own format, with colours, positions and evidence",
    extension: 'gexf',
    file: (document) => blob(toGexf(document), 'application/gexf+xml'),
  },
  {
    id: 'nodes-csv',
    label: 'Nodes (CSV)',
    hint: 'One row per entity, for spreadsheets',
    extension: 'nodes.csv',
    file: (document) => blob(nodesCsv(document), 'text/csv'),
  },
  {
    id: 'edges-csv',
    label: 'Edges (CSV)',
    hint: 'One row per relationship, with its best quote and source',
    extension: 'edges.csv',
    file: (document) => blob(edgesCsv(document), 'text/csv'),
  },
];
