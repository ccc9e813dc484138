import type { Mention } from '../mentions/mention';
import { spanOf } from '../text/spans';
import type { TextSpan } from '../types';
import { type FoundRelation, keyOf, type RelationContext } from './context';

/*
 * A reader checks a relationship against its first quote, so that quote must name both ends and
 * say how they are tied. Rules quote the phrase they read ("president of X", "co-organized by
 * X"), which often leaves an end out; the first quote becomes the shortest span of one sentence
 * that holds a mention of each end and the phrases the rules read there, and quotes inside it
 * are dropped as repeats. Where no sentence names both ends, the rules' quotes stay as they are.
 */

interface SentenceBounds {
  sentence: number;
  start: number;
  end: number;
}

const LEADING_ARTICLE = /\b(?:the|The)\s$/;

const length = (span: { start: number; end: number }): number => span.end - span.start;
const contains = (outer: TextSpan, inner: TextSpan): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** Puts a span that states each relationship first; built once per text. */
export function statingSpanFirst(
  context: RelationContext,
): (relation: FoundRelation) => TextSpan[] {
  const bounds: SentenceBounds[] = context.tokens.flatMap(({ sentence, tokens }) => {
    const [first, last] = [tokens[0], tokens.at(-1)];
    return first && last ? [{ sentence, start: first.start, end: last.end }] : [];
  });
  const mentionsOf = new Map<string, Mention[]>();
  for (const mention of context.mentions) {
    const key = keyOf(context, mention);
    if (key) mentionsOf.set(key, [...(mentionsOf.get(key) ?? []), mention]);
  }
  const sentenceHolding = (span: TextSpan): number | undefined =>
    bounds.find((b) => b.start <= span.start && span.end <= b.end)?.sentence;

  /** Per sentence, the span from the first to the last phrase the rules quoted there. */
  const phrases = (relation: FoundRelation): Map<number, TextSpan> => {
    const bySentence = new Map<number, TextSpan>();
    for (const span of relation.evidence) {
      const sentence = sentenceHolding(span);
      if (sentence === undefined) continue;
      const seen = bySentence.get(sentence) ?? span;
      bySentence.set(sentence, {
        ...span,
        start: Math.min(seen.start, span.start),
        end: Math.max(seen.end, span.end),
      });
    }
    return bySentence;
  };

  const coverings = (relation: FoundRelation, sentence: number, phrase: TextSpan) => {
    const inSentence = (key: string) =>
      (mentionsOf.get(key) ?? []).filter((mention) => mention.sentence === sentence);
    return inSentence(relation.from).flatMap((from) =>
      inSentence(relation.to).map((to) => ({
        start: Math.min(phrase.start, from.start, to.start),
        end: Math.max(phrase.end, from.end, to.end),
      })),
    );
  };

  return (relation) => {
    const [shortest] = [...phrases(relation)]
      .flatMap(([sentence, phrase]) => coverings(relation, sentence, phrase))
      .sort((a, b) => length(a) - length(b) || a.start - b.start);
    if (!shortest) return relation.evidence;
    const quoted = relation.evidence.find(
      (span) => span.start === shortest.start && span.end === shortest.end,
    );
    // A span the rules did not quote starts at a mention, which leaves its article out.
    const article = quoted ? null : LEADING_ARTICLE.exec(context.text.slice(0, shortest.start));
    const stating =
      quoted ?? spanOf(context.text, shortest.start - (article?.[0].length ?? 0), shortest.end);
    return [stating, ...relation.evidence.filter((span) => !contains(stating, span))];
  };
}
