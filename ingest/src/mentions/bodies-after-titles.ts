import type { InstitutionKind } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import { isKnownPlace } from '../lexicon/places';
import { readTitle } from '../lexicon/titles';
import { isCapitalised, lower, type Token } from '../text/tokens';
import { type Mention, overlaps } from './mention';

/*
 * Companies and other bodies whose names have no head noun, named where an office says they
 * are bodies: "founder of the gene therapy start-up Genecircle", "chief technology officer of
 * Xingtu AI", "chairman of Shanghai Huaxin Instruments".
 */

const RULE = 'organisation.after-title@1';
const MAX_DESCRIPTOR_WORDS = 4;
const MAX_NAME_WORDS = 5;

/** Lower-case nouns that say what kind of body the following name is. */
const DESCRIPTORS: Readonly<Record<string, InstitutionKind>> = {
  'start-up': 'company',
  startup: 'company',
  company: 'company',
  firm: 'company',
  maker: 'company',
  developer: 'company',
  manufacturer: 'company',
  producer: 'company',
  supplier: 'company',
  provider: 'company',
  operator: 'company',
  group: 'company',
  journal: 'other',
  magazine: 'other',
  newspaper: 'other',
};

/** Offices that are held in companies: a name after them is a company even without a descriptor. */
const CORPORATE_TITLES =
  /^(?:founder|co-founder|CEO|chief executive|chief \w+ officer|general manager|managing director|chairman|chairwoman)$/;

export function findBodiesAfterTitles(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  accepted: readonly Mention[],
): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((_, i) => {
    const title = readTitle(tokens, i);
    if (!title || !['of', 'at'].includes(lower(tokens[title.next]))) return;
    let at = title.next + 1;
    if (lower(tokens[at]) === 'the') at += 1;
    let kind: InstitutionKind | undefined;
    for (
      let k = at;
      k < at + MAX_DESCRIPTOR_WORDS && /^\p{Ll}/u.test(tokens[k]?.text ?? '');
      k += 1
    ) {
      const descriptor = DESCRIPTORS[lower(tokens[k])];
      if (descriptor && isCapitalised(tokens[k + 1])) {
        kind = descriptor;
        at = k + 1;
      }
    }
    if (!kind && !CORPORATE_TITLES.test(title.canonical)) return;
    let end = at;
    while (
      end - at < MAX_NAME_WORDS &&
      isCapitalised(tokens[end]) &&
      /^[\p{L}\p{N}]/u.test(itemAt(tokens, end).text)
    )
      end += 1;
    if (end === at) return;
    const start = itemAt(tokens, at).start;
    const name = text.slice(start, itemAt(tokens, end - 1).end);
    if (isKnownPlace(name)) return;
    const mention: Mention = {
      kind: 'INSTITUTION',
      start,
      end: itemAt(tokens, end - 1).end,
      name,
      rule: RULE,
      confidence: 0.55,
      sentence,
      institutionKind: kind ?? 'company',
    };
    if (!accepted.some((other) => overlaps(other, mention))) found.push(mention);
  });
  return found;
}
