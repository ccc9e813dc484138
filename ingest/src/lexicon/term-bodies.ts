/*
 * The ways English reports name the bodies that sit in numbered terms, under the body name
 * graph-schema's TERMS gives them. A short form ("the 13th National Committee") is only read
 * after an ordinal, where it can mean nothing else in this genre.
 */
export const TERM_BODY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'National Committee of the CPPCC': [
    'National Committee of the CPPCC',
    'CPPCC National Committee',
    'National Committee',
  ],
  "National People's Congress": ["National People's Congress", 'NPC'],
  'Central Committee of the CPC': [
    'Central Committee of the CPC',
    'CPC Central Committee',
    'CCP Central Committee',
    'Central Committee',
  ],
};
