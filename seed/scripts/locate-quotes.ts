import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Dev helper for curators: fills in (or repairs) the character offsets of every evidence quote in
 * a graph file, so quotes can be written by hand and offsets never are.
 *
 *   npx tsx seed/scripts/locate-quotes.ts seed/data/article-000.graph.json
 *
 * A quote without offsets takes its first occurrence not already used by the same record (so a
 * name quoted twice in one record points at two different mentions); a quote whose offsets no
 * longer match takes the occurrence nearest to where it was. The committed file holds the result,
 * and the loader checks every quote against the text at its offsets.
 */

interface RawEvidence {
  sourceId: string;
  quote: string;
  start?: number;
  end?: number;
}
interface RawRecord {
  evidence?: RawEvidence[];
}
interface RawSource {
  id: string;
  text?: string;
  textFile?: string;
}
interface RawGraphFile {
  sources: RawSource[];
  entities: RawRecord[];
  relationships: RawRecord[];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function locate(record: RawRecord, texts: Map<string, string>, where: string): void {
  const used = new Set<string>();
  for (const evidence of record.evidence ?? []) {
    const text = texts.get(evidence.sourceId);
    if (text === undefined) throw new Error(`${where}: unknown source "${evidence.sourceId}"`);
    const { quote } = evidence;
    const matches = (start: number) => text.slice(start, start + quote.length) === quote;
    let start = evidence.start;
    if (start === undefined || !matches(start)) {
      const candidates = occurrences(text, quote).filter(
        (at) => !used.has(`${evidence.sourceId}@${at}`),
      );
      if (candidates.length === 0) throw new Error(`${where}: quote not in the text: "${quote}"`);
      const hint = evidence.start ?? -1;
      start = candidates.reduce((best, at) =>
        Math.abs(at - hint) < Math.abs(best - hint) ? at : best,
      );
    }
    used.add(`${evidence.sourceId}@${start}`);
    evidence.start = start;
    evidence.end = start + quote.length;
  }
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx seed/scripts/locate-quotes.ts <graph-file.json>');
  process.exit(2);
}
const graph = JSON.parse(readFileSync(file, 'utf8')) as RawGraphFile;
const texts = new Map(
  graph.sources.map((source) => [
    source.id,
    source.text ?? readFileSync(path.resolve(path.dirname(file), source.textFile ?? ''), 'utf8'),
  ]),
);
graph.entities.forEach((record, index) => locate(record, texts, `entities[${index}]`));
graph.relationships.forEach((record, index) => locate(record, texts, `relationships[${index}]`));
writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
console.log(`offsets located in ${file}`);
