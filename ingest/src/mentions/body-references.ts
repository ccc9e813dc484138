import { itemAt } from '../text/checked';
import { isCapitalised, lower, type Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * Bodies named by their head noun alone: "the department", "the association", "its institute".
 * A report names a body in full once and then shortens it; the short form is a mention of the
 * nearest body before it with that head (resolved in clustering), never a body of its own. Only
 * heads that reports use this way are listed: "the government" or "the party" usually mean
 * bodies the text never named.
 */

export const REFERENCE_HEADS = new Set([
  'academy',
  'administration',
  'association',
  'bureau',
  'commission',
  'committee',
  'company',
  'corporation',
  'council',
  'department',
  'federation',
  'foundation',
  'institute',
  'laboratory',
  'ministry',
  'society',
  'university',
]);

const DETERMINERS = new Set(['the', 'this', 'its', 'their']);
const POSSESSIVES = new Set(['its', 'their']);
/** "the department of physics", "the institute for …": the start of a name, not a reference. */
const NAME_CONTINUES = new Set(['of', 'for']);

export const HEAD_REFERENCE_RULE = 'organisation.head-reference@1';
export const POSSESSIVE_REFERENCE_RULE = 'organisation.possessive-reference@1';

export function findBodyReferences(
  text: string,
  tokens: readonly Token[],
  sentence: number,
): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    const head = lower(token);
    if (
      !REFERENCE_HEADS.has(head) ||
      isCapitalised(token) ||
      !DETERMINERS.has(lower(tokens[i - 1])) ||
      NAME_CONTINUES.has(lower(tokens[i + 1]))
    )
      return;
    found.push({
      kind: 'INSTITUTION',
      start: token.start,
      end: token.end,
      name: text.slice(token.start, token.end),
      rule: HEAD_REFERENCE_RULE,
      confidence: 0.4,
      sentence,
      anaphoric: true,
    });
  });
  return found;
}

/**
 * "its United Front Work Department": a name that follows "its" or "their" may be the short
 * form of a body named before in full ("… Department of the CPC Xuhui District Committee").
 * Marked here; clustering decides whether such a body exists.
 */
export function markPossessiveNames(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Mention[] {
  return mentions.map((mention) => {
    if (mention.kind !== 'INSTITUTION' || mention.anaphoric) return mention;
    const at = tokens.findIndex((t) => t.start === mention.start);
    return at > 0 && POSSESSIVES.has(lower(itemAt(tokens, at - 1))) && isCapitalised(tokens[at])
      ? { ...mention, possessive: true }
      : mention;
  });
}
