/**
 * Standard English abbreviations of Chinese bodies whose letters are not simply the initials of
 * their English names (MOST keeps the "of", NSFC drops a "Natural"), or that a China desk types
 * so often that they must not depend on how a source spells the name. Keyed by the full English
 * name; only abbreviations in established official or press use.
 */
export const CHINESE_BODY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'All-China Federation of Trade Unions': 'ACFTU',
  'Central Commission for Discipline Inspection': 'CCDI',
  'Central Military Commission': 'CMC',
  'China Association for Science and Technology': 'CAST',
  'Chinese Academy of Engineering': 'CAE',
  'Chinese Academy of Sciences': 'CAS',
  'Chinese Academy of Social Sciences': 'CASS',
  'Chinese Communist Party': 'CCP',
  'Chinese People’s Political Consultative Conference': 'CPPCC',
  'Communist Party of China': 'CPC',
  'Communist Youth League of China': 'CYLC',
  'Ministry of Education': 'MOE',
  'Ministry of Foreign Affairs': 'MFA',
  'Ministry of Industry and Information Technology': 'MIIT',
  'Ministry of Science and Technology': 'MOST',
  'National Development and Reform Commission': 'NDRC',
  'National Natural Science Foundation of China': 'NSFC',
  'National People’s Congress': 'NPC',
  'People’s Liberation Army': 'PLA',
  'United Front Work Department': 'UFWD',
  'University of Chinese Academy of Sciences': 'UCAS',
};
