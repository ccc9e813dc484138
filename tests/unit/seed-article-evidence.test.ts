import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { GraphFileInput } from '@guanxi/graph-schema';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';

const file = JSON.parse(readFileSync(ARTICLE_GRAPH_FILE, 'utf8')) as GraphFileInput;
const articleText = readFileSync(
  new URL('../../seed/article/000_909d8094033b2388.txt', import.meta.url),
  'utf8',
);

/**
 * The event the article reports. Its sentences often leave it unnamed ("gave the opening
 * remarks"), so every quote of the report counts as naming it; the source's title says which.
 */
const REPORTED_EVENT = 'symposium-chinese-scholars-shanghai-development-13';

/** Short forms that in this article can only mean one entity. */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  'symposium-13-opening-ceremony': ['the opening ceremony'],
  'symposium-13-roundtable': ['the roundtable'],
  // "CPC Shanghai …" is the party's Shanghai organisation, which its Shanghai committee leads.
  'cpc-shanghai-committee': ['CPC Shanghai'],
};

/** A quote that stops here has not finished its clause. */
const DANGLING_WORD = /\b(?:a|an|and|at|by|for|in|of|or|the|to|with)$/i;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const entities = new Map(file.entities.map((entity) => [entity.id, entity]));
const namesOf = (id: string): string[] => {
  const entity = entities.get(id)!;
  return [entity.name, ...(entity.aliases ?? []), ...(SHORT_FORMS[id] ?? [])];
};
const names = (quote: string, id: string): boolean =>
  id === REPORTED_EVENT ||
  namesOf(id).some((name) => quote.toLowerCase().includes(name.toLowerCase()));

const firstQuotes = file.relationships.map((relationship) => ({
  relationship: `${relationship.from} ${relationship.type} ${relationship.to}`,
  ...relationship.evidence[0]!,
}));

describe('the first quote of every curated relationship states it', () => {
  it('the reported event is the one the source is titled after', () => {
    expect(file.sources[0]!.title).toContain(entities.get(REPORTED_EVENT)!.name);
  });

  it('names both ends, by name, alias or a short form that can only mean that entity', () => {
    const unnamed = file.relationships.flatMap(({ from, to, type, evidence }) =>
      [from, to]
        .filter((id) => !names(evidence[0]!.quote, id))
        .map((id) => ({ relationship: `${from} ${type} ${to}`, unnamed: id })),
    );
    expect(unnamed).toEqual([]);
  });

  it('ends where its clause may end, never in the middle of a word or of a phrase', () => {
    const cut = firstQuotes.filter(
      ({ quote, start, end }) =>
        DANGLING_WORD.test(quote) ||
        WORD_CHARACTER.test(articleText.charAt(start - 1)) ||
        WORD_CHARACTER.test(articleText.charAt(end)),
    );
    expect(cut.map(({ relationship, quote }) => ({ relationship, quote }))).toEqual([]);
  });
});
