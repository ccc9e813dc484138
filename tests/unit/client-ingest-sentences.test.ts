import { describe, expect, it } from '@jest/globals';
import type { Sentence } from '../../client/src/features/ingest/lib/draft';
import {
  groupBySentence,
  highlightSegments,
  marksOf,
  reviewOrder,
  sentenceAt,
} from '../../client/src/features/ingest/lib/sentence-groups';
import { entityCandidate, relationshipCandidate } from '../helpers/client-ingest-candidates';

const TEXT =
  'Talent forum in Shanghai\n\nMr. Pei Gang, president of the association, spoke.\n\nPhoto by Ti Gon\n';
const span = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { quote, start, end: start + quote.length };
};
const sentenceOf = (text: string, noise = false): Sentence => ({
  ...span(text),
  noise,
});
const SENTENCES: Sentence[] = [
  sentenceOf('Talent forum in Shanghai'),
  sentenceOf('Mr. Pei Gang, president of the association, spoke.'),
  sentenceOf('Photo by Ti Gon', true),
];

const entity = (id: string, ...quotes: { quote: string; start: number; end: number }[]) =>
  entityCandidate(id, { evidence: quotes });

const relationship = (id: string, quote: string, fromId: string, toId: string) =>
  relationshipCandidate(id, fromId, toId, { evidence: [span(quote)] });

const shanghai = entity('shanghai', span('Shanghai'));
const pei = entity('pei', span('Pei Gang'));
const association = entity('association', span('the association'));
const presidency = relationship(
  'r1',
  'Pei Gang, president of the association',
  'pei',
  'association',
);

describe('ingest review: candidates by sentence', () => {
  it('finds the sentence that holds an offset, and none between sentences', () => {
    expect(sentenceAt(SENTENCES, 0)).toBe(0);
    expect(sentenceAt(SENTENCES, span('Pei Gang').start)).toBe(1);
    expect(sentenceAt(SENTENCES, span('Ti Gon').start)).toBe(2);
    expect(sentenceAt(SENTENCES, SENTENCES[0]!.end)).toBe(-1);
    expect(sentenceAt([], 3)).toBe(-1);
  });

  it('groups candidates under the sentence of their first mention, in text order', () => {
    // Mentioned in the title and again later: it belongs to the title.
    const twice = entity('forum', span('Talent forum'), span('spoke'));
    const groups = groupBySentence(SENTENCES, [presidency, association, pei, shanghai, twice]);
    expect(groups.map((group) => group.sentenceIndex)).toEqual([0, 1]);
    expect(groups[0]!.candidates.map((c) => c.id)).toEqual(['forum', 'shanghai']);
    // The relationship starts where Pei Gang does: the entity comes first.
    expect(groups[1]!.candidates.map((c) => c.id)).toEqual(['pei', 'r1', 'association']);
    expect(reviewOrder(groups).map((c) => c.id)).toEqual([
      'forum',
      'shanghai',
      'pei',
      'r1',
      'association',
    ]);
  });

  it('puts candidates mentioned outside every sentence, or nowhere, in a last group', () => {
    const between = entity('between', {
      quote: '\n',
      start: SENTENCES[0]!.end,
      end: SENTENCES[0]!.end + 1,
    });
    const nowhere = entity('nowhere');
    const groups = groupBySentence(SENTENCES, [nowhere, pei, between]);
    expect(groups.map((group) => group.sentenceIndex)).toEqual([1, null]);
    expect(groups[1]!.sentence).toBeNull();
    expect(groups[1]!.candidates.map((c) => c.id)).toEqual(['between', 'nowhere']);
  });
});

describe('ingest review: evidence highlighting', () => {
  const sentence = SENTENCES[1]!;
  const marks = marksOf([pei, association, presidency]);

  it('cuts a sentence at every edge of overlapping evidence and keeps the text whole', () => {
    const segments = highlightSegments(TEXT, sentence.start, sentence.end, marks);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT.slice(sentence.start, sentence.end));
    expect(segments.map((s) => [s.text, s.candidateIds])).toEqual([
      ['Mr. ', []],
      ['Pei Gang', ['pei', 'r1']],
      [', president of ', ['r1']],
      ['the association', ['association', 'r1']],
      [', spoke.', []],
    ]);
    for (const segment of segments)
      expect(TEXT.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('clips marks to the range and leaves an unmarked range whole', () => {
    const title = SENTENCES[0]!;
    expect(highlightSegments(TEXT, title.start, title.end, marks)).toEqual([
      { start: title.start, end: title.end, text: 'Talent forum in Shanghai', candidateIds: [] },
    ]);
    const partial = highlightSegments(TEXT, span('Gang').start, span('Gang').end, marks);
    expect(partial).toEqual(
      [{ ...span('Gang'), text: 'Gang', candidateIds: ['pei', 'r1'] }].map(
        ({ quote: _quote, ...rest }) => rest,
      ),
    );
  });

  it('merges neighbouring runs covered by the same candidates', () => {
    const split = [
      { candidateId: 'x', quote: 'Pei', ...{ start: span('Pei').start, end: span('Pei').end } },
      { candidateId: 'x', quote: ' Gang', start: span('Pei').end, end: span('Gang').end },
    ];
    const segments = highlightSegments(TEXT, sentence.start, sentence.end, split);
    expect(segments.filter((s) => s.candidateIds.length > 0).map((s) => s.text)).toEqual([
      'Pei Gang',
    ]);
  });
});
