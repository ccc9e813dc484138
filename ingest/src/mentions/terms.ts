import { termIdOf } from '@guanxi/graph-schema';
import { TERM_BODY_NAMES } from '../lexicon/term-bodies';
import { organisationKey } from '../normalise/organisation-key';
import type { GazetteerEntry } from '../types';
import { ordinalValue, type Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * "The 12th National Committee of the CPPCC", "the 13th NPC", "the Nineteenth CPC Central
 * Committee": a body that sits in numbered terms, named with the ordinal of one. The mention
 * keeps the ordinal in its span (the words that date what is said of it) and names the body
 * itself, so every term of it is one candidate — unless the graph already holds that numbered
 * body as an entity of its own, which the name then keeps so the matcher finds it.
 */

const TERM_BODY_OF_KEY = new Map(
  Object.entries(TERM_BODY_NAMES).flatMap(([body, names]) =>
    names.map((name) => [organisationKey(name), body] as const),
  ),
);

export class TermReader {
  private readonly numberedBodies: ReadonlySet<string>;

  constructor(gazetteer: readonly GazetteerEntry[]) {
    this.numberedBodies = new Set(
      gazetteer
        .filter((entry) => entry.kind === 'INSTITUTION')
        .flatMap((entry) => [entry.name, ...entry.aliases].map(organisationKey)),
    );
  }

  /** The sentence's mentions, those of a numbered term read as the body with its term. */
  read(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
    return mentions.map((mention) =>
      mention.kind === 'INSTITUTION' ? (this.termOf(text, tokens, mention) ?? mention) : mention,
    );
  }

  private termOf(text: string, tokens: readonly Token[], mention: Mention): Mention | undefined {
    const at = tokens.findIndex((token) => token.start >= mention.start);
    const first = tokens[at];
    const inName = first && first.start === mention.start ? ordinalValue(first.text) : undefined;
    const bodyStart = tokens[at + 1]?.start;
    if (inName !== undefined && bodyStart !== undefined && bodyStart < mention.end)
      return this.withTerm(text, mention, inName, mention.start, bodyStart);
    const before = tokens[at - 1];
    const ordinal = before && ordinalValue(before.text);
    if (!before || ordinal === undefined) return undefined;
    return this.withTerm(text, mention, ordinal, before.start, mention.start);
  }

  private withTerm(
    text: string,
    mention: Mention,
    ordinal: number,
    start: number,
    bodyStart: number,
  ): Mention | undefined {
    const bodyName = text.slice(bodyStart, mention.end);
    const body = TERM_BODY_OF_KEY.get(organisationKey(bodyName));
    if (body === undefined) return undefined;
    const numberedName = text.slice(start, mention.end);
    // The graph's own name for the numbered body: an exact one, or one of the same key.
    const numbered =
      (start === mention.start && mention.gazetteerId !== undefined) ||
      this.numberedBodies.has(organisationKey(numberedName));
    const id = termIdOf(body, ordinal);
    return {
      ...mention,
      start,
      name: numbered ? numberedName : bodyName,
      term: { ordinal, ...(id ? { id } : {}), ...(numbered ? {} : { body }) },
    };
  }
}
