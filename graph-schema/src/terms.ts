import { z } from 'zod';

/** A numbered term of a national body: "the 12th National Committee of the CPPCC". */
export interface Term {
  body: string;
  ordinal: number;
  /** The month the term opened. */
  from: string;
  /** The month it closed, or the year it is due to close while it runs. */
  to: string;
}

/*
 * Terms a source may name by ordinal, so that a fact stated of "the 12th National Committee"
 * can be dated. Only terms whose dates are matters of public record: a CPPCC National Committee
 * and an NPC open with their first plenary session each March and serve until the next one
 * opens, five years later; a CPC Central Committee is elected by the National Congress (November
 * 2002, October 2007, November 2012, October 2017, October 2022) and serves until the next.
 * Terms still running close in the year they are due, not a guessed month.
 */
export const TERMS = {
  'cppcc-national-committee-10': cppcc(10, '2003-03', '2008-03'),
  'cppcc-national-committee-11': cppcc(11, '2008-03', '2013-03'),
  'cppcc-national-committee-12': cppcc(12, '2013-03', '2018-03'),
  'cppcc-national-committee-13': cppcc(13, '2018-03', '2023-03'),
  'cppcc-national-committee-14': cppcc(14, '2023-03', '2028'),
  'npc-10': npc(10, '2003-03', '2008-03'),
  'npc-11': npc(11, '2008-03', '2013-03'),
  'npc-12': npc(12, '2013-03', '2018-03'),
  'npc-13': npc(13, '2018-03', '2023-03'),
  'npc-14': npc(14, '2023-03', '2028'),
  'cpc-central-committee-16': cpcCentralCommittee(16, '2002-11', '2007-10'),
  'cpc-central-committee-17': cpcCentralCommittee(17, '2007-10', '2012-11'),
  'cpc-central-committee-18': cpcCentralCommittee(18, '2012-11', '2017-10'),
  'cpc-central-committee-19': cpcCentralCommittee(19, '2017-10', '2022-10'),
  'cpc-central-committee-20': cpcCentralCommittee(20, '2022-10', '2027'),
} as const satisfies Record<string, Term>;

export type TermId = keyof typeof TERMS;
export const TermIdSchema = z.enum(Object.keys(TERMS) as [TermId, ...TermId[]]);

function cppcc(ordinal: number, from: string, to: string): Term {
  return { body: 'National Committee of the CPPCC', ordinal, from, to };
}

function npc(ordinal: number, from: string, to: string): Term {
  return { body: "National People's Congress", ordinal, from, to };
}

function cpcCentralCommittee(ordinal: number, from: string, to: string): Term {
  return { body: 'Central Committee of the CPC', ordinal, from, to };
}

/** The term of `body` numbered `ordinal`, when its dates are in TERMS. */
export function termIdOf(body: string, ordinal: number): TermId | undefined {
  return (Object.keys(TERMS) as TermId[]).find(
    (id) => TERMS[id].body === body && TERMS[id].ordinal === ordinal,
  );
}
