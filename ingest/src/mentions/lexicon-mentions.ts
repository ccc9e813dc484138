import type { InstitutionKind, PlaceKind } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import { CURATED_BODIES } from '../lexicon/curated-aliases';
import { INDUSTRIES, industryName } from '../lexicon/industries';
import { KNOWN_PLACES } from '../lexicon/places';
import { PhraseIndex } from '../text/phrase-index';
import type { Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * Mentions found by listed names: places, industries and the curated bodies' names and
 * abbreviations. Abbreviations match in their exact case only.
 */

type Listed =
  | { kind: 'PLACE'; placeKind: PlaceKind }
  | { kind: 'INDUSTRY' }
  | { kind: 'INSTITUTION'; institutionKind: InstitutionKind };

const CASE_SENSITIVE = new PhraseIndex<Listed>(true);
const CASE_INSENSITIVE = new PhraseIndex<Listed>(false);
for (const [name, placeKind] of KNOWN_PLACES)
  CASE_SENSITIVE.add(name, { kind: 'PLACE', placeKind });
for (const body of CURATED_BODIES) {
  const listed = { kind: 'INSTITUTION', institutionKind: body.institutionKind } as const;
  for (const name of [...body.names, ...body.abbreviations]) CASE_SENSITIVE.add(name, listed);
}
for (const industry of INDUSTRIES) CASE_INSENSITIVE.add(industry, { kind: 'INDUSTRY' });

const RULES: Record<Listed['kind'], { rule: string; confidence: number }> = {
  PLACE: { rule: 'place.lexicon@1', confidence: 0.8 },
  INDUSTRY: { rule: 'industry.lexicon@1', confidence: 0.7 },
  INSTITUTION: { rule: 'organisation.curated-alias@1', confidence: 0.85 },
};

export function findListedMentions(
  text: string,
  tokens: readonly Token[],
  sentence: number,
): Mention[] {
  const hits = [...CASE_SENSITIVE.findAll(tokens), ...CASE_INSENSITIVE.findAll(tokens)];
  return hits.map(({ from, to, value }) => {
    const start = itemAt(tokens, from).start;
    const end = itemAt(tokens, to - 1).end;
    const written = text.slice(start, end);
    return {
      kind: value.kind,
      start,
      end,
      name: value.kind === 'INDUSTRY' ? industryName(written) : written,
      sentence,
      ...RULES[value.kind],
      ...(value.kind === 'PLACE' ? { placeKind: value.placeKind } : {}),
      ...(value.kind === 'INSTITUTION' ? { institutionKind: value.institutionKind } : {}),
    };
  });
}
