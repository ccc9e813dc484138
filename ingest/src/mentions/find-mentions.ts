import { itemAt } from '../text/checked';
import type { GazetteerEntry, Sentence } from '../types';
import { tokenize, type Token } from '../text/tokens';
import {
  type AbbreviationDefinition,
  findAbbreviationDefinitions,
  findAbbreviationUses,
} from './abbreviations';
import { findBodiesAfterTitles } from './bodies-after-titles';
import { findBodyReferences, markPossessiveNames } from './body-references';
import { findEventReferences } from './event-references';
import { GazetteerIndex } from './gazetteer-mentions';
import { findListedMentions } from './lexicon-mentions';
import { type Mention, overlaps } from './mention';
import { NamedPhraseParser } from './named-phrases';
import { PeopleFinder } from './people';
import { TermReader } from './terms';

/*
 * Stage 2: every mention in the sentences that are not noise. Readers of one span compete; the
 * longest reading wins ("Shanghai Jiao Tong University" over the person "Jiao Tong"), and among
 * readings of one span the most trusted source: the graph's own names, curated lists, rules.
 */

export interface SentenceTokens {
  sentence: number;
  tokens: Token[];
}

export interface Mentions {
  /** Accepted mentions in text order, the parents that names state included. */
  mentions: Mention[];
  definitions: AbbreviationDefinition[];
  tokens: SentenceTokens[];
}

const PRIORITY: readonly ((mention: Mention) => boolean)[] = [
  (m) => m.gazetteerId !== undefined,
  (m) => m.rule === 'organisation.curated-alias@1' || m.rule === 'place.lexicon@1',
  (m) => m.kind === 'INSTITUTION' || m.kind === 'EVENT' || m.kind === 'PLACE',
  (m) => m.kind === 'PERSON' && !m.surnameOnly,
];
const priorityOf = (mention: Mention): number => {
  const index = PRIORITY.findIndex((test) => test(mention));
  return index < 0 ? PRIORITY.length : index;
};

function resolveOverlaps(candidates: readonly Mention[]): Mention[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || priorityOf(a) - priorityOf(b) || a.start - b.start,
  );
  const accepted: Mention[] = [];
  for (const mention of ordered) {
    if (!accepted.some((other) => overlaps(other, mention))) accepted.push(mention);
  }
  return accepted;
}

/** A mention and the parents its name states, outermost first. */
function withParents(mention: Mention): Mention[] {
  const chain: Mention[] = [];
  for (let at: Mention | undefined = mention; at; at = at.parent) chain.push(at);
  return chain;
}

export const byPosition = (a: Mention, b: Mention): number =>
  a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind);

export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: readonly GazetteerEntry[],
): Mentions {
  const gazetteerIndex = new GazetteerIndex(gazetteer);
  const terms = new TermReader(gazetteer);
  const tokens: SentenceTokens[] = sentences.flatMap((sentence, index) =>
    sentence.noise
      ? []
      : [{ sentence: index, tokens: tokenize(text, sentence.start, sentence.end) }],
  );
  const perSentence = tokens.map(({ sentence, tokens: words }) => {
    const accepted = terms.read(
      text,
      words,
      resolveOverlaps([
        ...gazetteerIndex.findAll(text, words, sentence),
        ...findListedMentions(text, words, sentence),
        ...new NamedPhraseParser(text, words, sentence).findAll(),
        ...new PeopleFinder(text, words, sentence).findAll(),
        ...findEventReferences(text, words, sentence),
        ...findBodyReferences(text, words, sentence),
      ]),
    );
    // Only where no other reading claimed the words: the weakest evidence a name is a body.
    return markPossessiveNames(words, [
      ...accepted,
      ...findBodiesAfterTitles(text, words, sentence, accepted),
    ]).sort(byPosition);
  });
  const definitions = tokens.flatMap(({ tokens: words }, i) =>
    findAbbreviationDefinitions(words, itemAt(perSentence, i)),
  );
  const defined = new Map(definitions.map((d) => [d.abbreviation, d.full]));
  const mentions = tokens.flatMap(({ sentence, tokens: words }, i) => {
    const uses = findAbbreviationUses(words, sentence, defined).filter(
      (use) =>
        !itemAt(perSentence, i).some(
          (m) => overlaps(m, use) && m.end - m.start > use.end - use.start,
        ),
    );
    const kept = itemAt(perSentence, i).filter((m) => !uses.some((use) => overlaps(m, use)));
    return [...kept, ...uses].flatMap(withParents);
  });
  return { mentions: mentions.sort(byPosition), definitions, tokens };
}
