import { type ExportDocument, nodeName } from './export-document';

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @) is
 * prefixed with an apostrophe: names and quotes come from articles, not from us.
 */
function cell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const rows = (header: readonly string[], values: readonly (string | number)[][]): string =>
  [header, ...values].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';

export const nodesCsv = (document: ExportDocument): string =>
  rows(
    ['id', 'name', 'kind', 'x', 'y'],
    document.nodes.map((node) => [
      node.id,
      node.name,
      node.kind,
      Math.round(node.x),
      Math.round(node.y),
    ]),
  );

/** One row per relationship, with its best quote and where that quote comes from. */
export function edgesCsv(document: ExportDocument): string {
  const titles = new Map(document.sources.map((source) => [source.id, source.title]));
  return rows(
    [
      'id',
      'source',
      'source_name',
      'target',
      'target_name',
      'type',
      'label',
      'evidence_count',
      'best_quote',
      'best_quote_source',
      'best_quote_source_title',
      'best_quote_start',
      'best_quote_end',
    ],
    document.edges.map((edge) => {
      const [best] = edge.evidence;
      return [
        edge.id,
        edge.source,
        nodeName(document, edge.source),
        edge.target,
        nodeName(document, edge.target),
        edge.type,
        edge.label,
        edge.evidence.length,
        best?.quote ?? '',
        best?.sourceId ?? '',
        best ? (titles.get(best.sourceId) ?? '') : '',
        best?.start ?? '',
        best?.end ?? '',
      ];
    }),
  );
}
