import type { Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * Abbreviations a text defines: "the Chinese Academy of Sciences (CAS)". The abbreviation then
 * names the same body wherever the text uses it.
 */

export interface AbbreviationDefinition {
  abbreviation: string;
  full: Mention;
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u;

/** Whether an acronym's letters are, in order, initials of the name's words ("CAST", "SSRF"). */
export function acronymFits(abbreviation: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^[\p{Lu}\p{N}]/u.test(word))
    .map((word) => word.charAt(0));
  const letters = [...abbreviation.replace(/[^\p{Lu}\p{N}]/gu, '')];
  if (letters[0] !== initials[0]) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at += 1;
  return at === letters.length;
}

/** The name in a chain ("… Committee of the Chinese People's … Conference") the acronym abbreviates. */
function abbreviated(abbreviation: string, outer: Mention): Mention | undefined {
  for (let at: Mention | undefined = outer; at; at = at.parent) {
    if (acronymFits(abbreviation, at.name)) return at;
  }
  return undefined;
}

/** "Full Name (ABBR)": a mention of a body or event directly followed by a bracketed acronym. */
export function findAbbreviationDefinitions(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): AbbreviationDefinition[] {
  const definitions: AbbreviationDefinition[] = [];
  for (const full of mentions) {
    if (full.kind !== 'INSTITUTION' && full.kind !== 'EVENT') continue;
    const open = tokens.findIndex((token) => token.start >= full.end);
    const [bracket, abbreviation, close] = [tokens[open], tokens[open + 1], tokens[open + 2]];
    if (bracket?.text !== '(' || close?.text !== ')' || !abbreviation) continue;
    if (bracket.start !== full.end + 1 && bracket.start !== full.end) continue;
    const named = ABBREVIATION.test(abbreviation.text)
      ? abbreviated(abbreviation.text, full)
      : undefined;
    if (named) definitions.push({ abbreviation: abbreviation.text, full: named });
  }
  return definitions;
}

/** Every use of a defined abbreviation, as a mention of the kind of body it abbreviates. */
export function findAbbreviationUses(
  tokens: readonly Token[],
  sentence: number,
  definitions: ReadonlyMap<string, Mention>,
): Mention[] {
  const uses: Mention[] = [];
  for (const token of tokens) {
    const full = definitions.get(token.text);
    if (!full) continue;
    uses.push({
      kind: full.kind,
      start: token.start,
      end: token.end,
      name: token.text,
      rule: 'organisation.abbreviation-defined@1',
      confidence: 0.85,
      sentence,
      ...(full.institutionKind ? { institutionKind: full.institutionKind } : {}),
    });
  }
  return uses;
}
