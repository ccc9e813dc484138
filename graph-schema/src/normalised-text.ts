import { z } from 'zod';

/*
 * Text a person typed, made safe to store and show. Invisible characters that change how text
 * reads (bidi overrides, zero-width joiners, control codes) are refused, not stripped: silently
 * editing a name hides an attack, or a paste error, from the person who made it.
 */

const FORBIDDEN: readonly { pattern: RegExp; what: string }[] = [
  {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u,
    what: 'a control character',
  },
  { pattern: /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u, what: 'a bidirectional control' },
  { pattern: /[\u200b-\u200d\u2060\ufeff]/u, what: 'an invisible zero-width character' },
  { pattern: /[\ud800-\udfff]/u, what: 'half of a surrogate pair' },
];

const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text cannot be stored, naming the first offending character, or undefined if it can. */
export function forbiddenCharacterIssue(text: string): string | undefined {
  for (const { pattern, what } of FORBIDDEN) {
    const found = pattern.exec(text);
    if (found) return `contains ${codePoint(found[0])}, ${what}; remove it`;
  }
  return undefined;
}

const refuseForbidden = (text: string, ctx: z.RefinementCtx): void => {
  const issue = forbiddenCharacterIssue(text);
  if (issue) ctx.addIssue({ code: 'custom', message: issue, input: text });
};

/** A name or title: NFC, trimmed, every whitespace run (tabs and line breaks too) one space. */
export const normaliseLine = (text: string): string =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Names, titles and other one-line text, normalised and capped at `max` characters. */
export const singleLineText = (max: number) =>
  z
    .string()
    .superRefine(refuseForbidden)
    .overwrite(normaliseLine)
    .min(1, 'must not be blank')
    .max(max, `at most ${max} characters`);

/** Notes keep their line breaks; only the ends are trimmed. */
export const multiLineText = (max: number) =>
  z
    .string()
    .superRefine(refuseForbidden)
    .overwrite((text) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .max(max, `at most ${max} characters`);

/** Same name for a person reading it: case, spacing and apostrophe style do not make a new name. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
