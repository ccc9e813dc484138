import type { InstitutionKind } from '@guanxi/graph-schema';

/*
 * Bodies that English reports name several ways, most often by an abbreviation the text never
 * defines. Each entry is one body: any two of its names in a text, or in a text and the graph,
 * are the same body ("curated alias"). Abbreviations are matched only in their exact case, so
 * "MOST" is the ministry and "most" is a word.
 */
export interface CuratedBody {
  names: readonly string[];
  abbreviations: readonly string[];
  institutionKind: InstitutionKind;
}

export const CURATED_BODIES: readonly CuratedBody[] = [
  {
    names: ['Communist Party of China', 'Chinese Communist Party'],
    abbreviations: ['CPC', 'CCP'],
    institutionKind: 'political-party',
  },
  {
    names: ["Chinese People's Political Consultative Conference"],
    abbreviations: ['CPPCC'],
    institutionKind: 'advisory-body',
  },
  {
    names: ['Chinese Academy of Sciences'],
    abbreviations: ['CAS'],
    institutionKind: 'academy',
  },
  {
    names: ['Chinese Academy of Engineering'],
    abbreviations: ['CAE'],
    institutionKind: 'academy',
  },
  {
    names: ['Chinese Academy of Social Sciences'],
    abbreviations: ['CASS'],
    institutionKind: 'academy',
  },
  {
    names: ['China Association for Science and Technology'],
    abbreviations: ['CAST'],
    institutionKind: 'association',
  },
  {
    names: ["National People's Congress"],
    abbreviations: ['NPC'],
    institutionKind: 'government-body',
  },
  {
    names: ['State Administration of Science, Technology and Industry for National Defense'],
    abbreviations: ['SASTIND'],
    institutionKind: 'government-body',
  },
  {
    names: ['Ministry of Industry and Information Technology'],
    abbreviations: ['MIIT'],
    institutionKind: 'government-body',
  },
  {
    names: ['Ministry of Science and Technology'],
    abbreviations: ['MOST'],
    institutionKind: 'government-body',
  },
  {
    names: ['United Front Work Department'],
    abbreviations: ['UFWD'],
    institutionKind: 'party-body',
  },
  {
    names: ['China Zhi Gong Party', 'China Zhigong Party', 'Zhigong Party', 'Zhi Gong Party'],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ['Jiusan Society', 'Jiu San Society'],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ['China Democratic League'],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ['Revolutionary Committee of the Chinese Kuomintang'],
    abbreviations: ['RCCK'],
    institutionKind: 'political-party',
  },
  {
    names: ['China National Democratic Construction Association'],
    abbreviations: ['CNDCA'],
    institutionKind: 'political-party',
  },
  {
    names: ['China Association for Promoting Democracy'],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ["Chinese Peasants' and Workers' Democratic Party"],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ['Taiwan Democratic Self-Government League'],
    abbreviations: [],
    institutionKind: 'political-party',
  },
  {
    names: ['National Natural Science Foundation of China'],
    abbreviations: ['NSFC'],
    institutionKind: 'government-body',
  },
  {
    names: ['National Development and Reform Commission'],
    abbreviations: ['NDRC'],
    institutionKind: 'government-body',
  },
  {
    names: ['State-owned Assets Supervision and Administration Commission'],
    abbreviations: ['SASAC'],
    institutionKind: 'government-body',
  },
  {
    names: ['Western Returned Scholars Association'],
    abbreviations: ['WRSA'],
    institutionKind: 'association',
  },
  {
    names: ['All-China Federation of Returned Overseas Chinese'],
    abbreviations: ['ACFROC'],
    institutionKind: 'association',
  },
  {
    names: ['All-China Federation of Industry and Commerce'],
    abbreviations: ['ACFIC'],
    institutionKind: 'association',
  },
  {
    names: ['State Council'],
    abbreviations: [],
    institutionKind: 'government-body',
  },
  {
    names: ['Shanghai Jiao Tong University'],
    abbreviations: ['SJTU'],
    institutionKind: 'university',
  },
];
