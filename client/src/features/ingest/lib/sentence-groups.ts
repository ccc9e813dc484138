import { type Candidate, firstMention, type Sentence, type Span } from './draft';

/** The candidates first mentioned in one sentence, in the order a reviewer meets them. */
export interface SentenceGroup {
  /** Index into the draft's sentences; null: mentioned nowhere inside a sentence. */
  sentenceIndex: number | null;
  sentence: Sentence | null;
  candidates: Candidate[];
}

/** The sentence holding an offset, or -1. Sentences are ordered and do not overlap. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

const byMention = (a: Candidate, b: Candidate): number => {
  const order = firstMention(a) - firstMention(b);
  if (order !== 0 && !Number.isNaN(order)) return order;
  // Entities before the relationships between them; then a stable order by id.
  if (a.group !== b.group) return a.group === 'entity' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Candidates grouped by the sentence of their first mention, sentences in text order; within a
 * sentence, entities and relationships by where they are first mentioned (entities first on a
 * tie). Candidates mentioned outside every sentence come last, in a group of their own.
 */
export function groupBySentence(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): SentenceGroup[] {
  const groups = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const at = firstMention(candidate);
    const index = Number.isFinite(at) ? sentenceAt(sentences, at) : -1;
    groups.set(index, [...(groups.get(index) ?? []), candidate]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === -1 ? 1 : b === -1 ? -1 : a - b))
    .map(([index, members]) => ({
      sentenceIndex: index === -1 ? null : index,
      sentence: index === -1 ? null : (sentences[index] ?? null),
      candidates: [...members].sort(byMention),
    }));
}

/** The order j/k walks: group by group, as the list shows them. */
export const reviewOrder = (groups: readonly SentenceGroup[]): Candidate[] =>
  groups.flatMap((group) => group.candidates);

/** A highlighted span of the text and the candidate whose evidence it is. */
export interface Mark extends Span {
  candidateId: string;
}

/** A run of text with the same highlighting: the candidates whose evidence covers all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  candidateIds: string[];
}

/**
 * Cuts `text[start, end)` into runs at every edge of a mark, so that overlapping evidence (a
 * relationship's quote around its ends' names) is drawn without losing either. Marks outside
 * the range are clipped away; an unmarked range is one run with no candidates.
 */
export function highlightSegments(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
): Segment[] {
  const inside = marks
    .map((mark) => ({ ...mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end) }))
    .filter((mark) => mark.start < mark.end);
  const edges = [
    ...new Set([start, end, ...inside.flatMap((mark) => [mark.start, mark.end])]),
  ].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (const [index, from] of edges.entries()) {
    const to = edges[index + 1];
    if (to === undefined) break;
    const candidateIds = [
      ...new Set(
        inside.filter((mark) => mark.start <= from && mark.end >= to).map((m) => m.candidateId),
      ),
    ];
    const previous = segments.at(-1);
    // Neighbouring runs covered by the same candidates are one run.
    if (previous && sameIds(previous.candidateIds, candidateIds)) {
      previous.end = to;
      previous.text = text.slice(previous.start, to);
    } else segments.push({ start: from, end: to, text: text.slice(from, to), candidateIds });
  }
  return segments;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Every evidence span of every candidate, as marks. */
export const marksOf = (candidates: readonly Candidate[]): Mark[] =>
  candidates.flatMap((candidate) =>
    candidate.evidence.map((span) => ({ ...span, candidateId: candidate.id })),
  );
