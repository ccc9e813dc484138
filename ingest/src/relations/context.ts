import type { RelationType } from '@guanxi/graph-schema';
import type { SentenceTokens } from '../mentions/find-mentions';
import type { Mention } from '../mentions/mention';
import type { Clustering } from '../normalise/cluster';
import type { TextSpan } from '../types';

/** What every relation rule reads: the text, its tokens, mentions and the candidates they form. */
export interface RelationContext {
  text: string;
  tokens: readonly SentenceTokens[];
  /** Mentions in text order. */
  mentions: readonly Mention[];
  clustering: Clustering;
}

/** A relationship a rule found, before duplicates merge and keys are given. */
export interface FoundRelation {
  type: Exclude<RelationType, 'MENTIONED'>;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  evidence: TextSpan[];
  confidence: number;
  rule: string;
  /** PARTICIPATED_IN only: the text names no event, so the reported one was assumed. */
  eventAssumed?: boolean;
}

export const keyOf = (
  context: RelationContext,
  mention: Mention | undefined,
): string | undefined => (mention ? context.clustering.keyOf.get(mention) : undefined);

/** Mentions in one sentence, in text order; nested parents left out (the outer name stands). */
export function mentionsIn(context: RelationContext, sentence: number): Mention[] {
  const inSentence = context.mentions.filter((m) => m.sentence === sentence);
  return inSentence.filter(
    (m) =>
      !inSentence.some(
        (outer) =>
          outer !== m &&
          outer.start <= m.start &&
          m.end <= outer.end &&
          outer.end - outer.start > m.end - m.start,
      ),
  );
}

/** The outermost mention starting exactly at `offset`, if a candidate was made of it. */
export function mentionAt(
  context: RelationContext,
  mentions: readonly Mention[],
  offset: number,
): Mention | undefined {
  return mentions.find((m) => m.start === offset && keyOf(context, m) !== undefined);
}
