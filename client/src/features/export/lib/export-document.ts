import type { EntityKind, RelationType } from '@guanxi/graph-schema';

/*
 * What every export is made of: the drawn picture (names, kinds, positions), each relationship's
 * evidence, and the sources quoted, so that no file leaves Guanxi without its provenance.
 */

export interface ExportNode {
  id: string;
  kind: EntityKind;
  name: string;
  x: number;
  y: number;
}

export interface ExportEvidence {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface ExportEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
  /** The quotes that state it, the best first; empty only if the graph lost them. */
  evidence: ExportEvidence[];
}

export interface ExportSource {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface ExportDocument {
  title: string;
  /** When the export was made, ISO 8601. */
  exportedAt: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  sources: ExportSource[];
}

export interface DrawnPicture {
  nodes: readonly ExportNode[];
  edges: readonly Omit<ExportEdge, 'evidence'>[];
}

export interface EdgeEvidence {
  evidence: ReadonlyMap<string, ExportEvidence[]>;
  sources: readonly ExportSource[];
}

/** Joins the picture with the evidence read for its edges; sources in order of first quote. */
export function exportDocument(
  title: string,
  picture: DrawnPicture,
  { evidence, sources }: EdgeEvidence,
  exportedAt: Date,
): ExportDocument {
  const edges = picture.edges.map((edge) => ({ ...edge, evidence: evidence.get(edge.id) ?? [] }));
  const quoted = new Set(edges.flatMap((edge) => edge.evidence.map((quote) => quote.sourceId)));
  return {
    title,
    exportedAt: exportedAt.toISOString(),
    nodes: picture.nodes.map((node) => ({ ...node })),
    edges,
    sources: sources.filter((source) => quoted.has(source.id)),
  };
}

/** "Title — Publisher, 2024-05-01, https://…", saying plainly what the source does not state. */
export function sourceLine(source: ExportSource): string {
  const facts = [source.publisher, source.publishedAt, source.url].filter(Boolean);
  return facts.length > 0
    ? `${source.title} — ${facts.join(', ')}`
    : `${source.title} — publisher, date and address not stated in the source`;
}

export const nodeName = (document: ExportDocument, id: string): string =>
  document.nodes.find((node) => node.id === id)?.name ?? id;
