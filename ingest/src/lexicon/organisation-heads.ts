import type { InstitutionKind, PlaceKind } from '@guanxi/graph-schema';

/*
 * The last noun of a name says what it names: "… Association" is a body, "… Forum" an event,
 * "… Hall" a venue. Words are compared in lower case.
 */

export const INSTITUTION_HEADS: Readonly<Record<string, InstitutionKind>> = {
  academy: 'academy',
  university: 'university',
  college: 'university',
  school: 'university',
  party: 'political-party',
  department: 'government-body',
  ministry: 'government-body',
  bureau: 'government-body',
  administration: 'government-body',
  government: 'government-body',
  commission: 'government-body',
  office: 'government-body',
  council: 'government-body',
  court: 'government-body',
  procuratorate: 'government-body',
  committee: 'other',
  congress: 'government-body',
  association: 'association',
  federation: 'association',
  society: 'association',
  union: 'association',
  league: 'association',
  alliance: 'association',
  chamber: 'association',
  club: 'association',
  foundation: 'other',
  institute: 'research-facility',
  laboratory: 'research-facility',
  lab: 'research-facility',
  facility: 'research-facility',
  observatory: 'research-facility',
  center: 'other',
  centre: 'other',
  hospital: 'other',
  branch: 'other',
  journal: 'other',
  bank: 'company',
  company: 'company',
  corporation: 'company',
  group: 'company',
  inc: 'company',
  ltd: 'company',
  technologies: 'company',
};

export const EVENT_HEADS = new Set([
  'symposium',
  'forum',
  'conference',
  'summit',
  'expo',
  'exposition',
  'fair',
  'festival',
  'ceremony',
  'roundtable',
  'round-table',
  'seminar',
  'workshop',
  'dialogue',
  'meeting',
  'session',
  'congress',
  'games',
  'exhibition',
  'convention',
  'week',
]);

/** Parts of an event named in lower case: each is its own event, part of the one reported. */
export const SUB_EVENT_PHRASES = [
  'opening ceremony',
  'closing ceremony',
  'signing ceremony',
  'award ceremony',
  'awards ceremony',
  'launch ceremony',
  'roundtable',
  'round-table',
  'round table',
  'panel discussion',
  'plenary session',
  'sub-forum',
  'parallel session',
  'keynote session',
  'gala dinner',
  'press conference',
  'session',
  'panel',
];

/** Sessions named by the time they were held: "the afternoon session". */
export const SESSION_TIMES = new Set([
  'opening',
  'closing',
  'morning',
  'afternoon',
  'evening',
  'plenary',
  'parallel',
  'thematic',
  'keynote',
  'first',
  'second',
  'third',
  'final',
]);

export const VENUE_HEADS: Readonly<Record<string, PlaceKind>> = {
  hall: 'venue',
  hotel: 'venue',
  stadium: 'venue',
  auditorium: 'venue',
  gymnasium: 'venue',
  plaza: 'venue',
  square: 'venue',
  building: 'venue',
  theatre: 'venue',
  theater: 'venue',
  guesthouse: 'venue',
  museum: 'venue',
  district: 'district',
  county: 'district',
  area: 'district',
  zone: 'district',
  province: 'district',
  city: 'district',
  town: 'district',
  township: 'district',
  village: 'district',
  park: 'district',
  island: 'district',
  municipality: 'city',
};

/** "Center" after these is a venue ("Shanghai Exhibition Center"), otherwise a body. */
export const VENUE_CENTRE_MODIFIERS = new Set([
  'convention',
  'exhibition',
  'expo',
  'conference',
  'sports',
  'cultural',
  'arts',
  'international',
]);

/** Bodies whose names end like events: "… Political Consultative Conference", "People's Congress". */
export function isInstitutionDespiteEventHead(wordsLower: readonly string[]): boolean {
  const last = wordsLower[wordsLower.length - 1];
  const before = wordsLower[wordsLower.length - 2];
  if (last === 'conference') return before === 'consultative';
  if (last === 'congress') return before === "people's" || before === 'people’s';
  return false;
}

/** Words of a body's name that name the Communist Party or another party. */
export const PARTY_WORDS = /\b(?:CPC|CCP|Communist Party|Party)\b/;
