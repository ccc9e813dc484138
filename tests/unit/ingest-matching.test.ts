import { describe, expect, it } from '@jest/globals';
import { type GazetteerEntry, propose } from '@guanxi/ingest';

const gazetteer: GazetteerEntry[] = [
  {
    id: 'pei-gang',
    kind: 'PERSON',
    name: 'Pei Gang',
    aliases: [],
    ties: [{ type: 'HOLDS_POSITION', title: 'president', bodyId: 'saor' }],
  },
  {
    id: 'li-ruxin',
    kind: 'PERSON',
    name: 'Li Ruxin',
    aliases: [],
    ties: [{ type: 'MEMBER_OF', title: 'member', bodyId: 'cas' }],
  },
  { id: 'wang-lin', kind: 'PERSON', name: 'Wang Lin', aliases: [] },
  {
    id: 'saor',
    kind: 'INSTITUTION',
    name: 'Shanghai Association of Overseas Returnees',
    aliases: [],
    institutionKind: 'association',
  },
  {
    id: 'cas',
    kind: 'INSTITUTION',
    name: 'Chinese Academy of Sciences',
    aliases: [],
    institutionKind: 'academy',
  },
  {
    id: 'cppcc-12',
    kind: 'INSTITUTION',
    name: '12th National Committee of the Chinese People’s Political Consultative Conference',
    aliases: [],
  },
  { id: 'cpc', kind: 'INSTITUTION', name: 'Communist Party of China', aliases: ['CPC'] },
  {
    id: 'stcsm',
    kind: 'INSTITUTION',
    name: 'Science and Technology Commission of Shanghai Municipality',
    aliases: [],
  },
  { id: 'symposium-13', kind: 'EVENT', name: '13th Symposium on Chinese Scholars', aliases: [] },
  { id: 'symposium', kind: 'EVENT', name: 'Symposium on Chinese Scholars', aliases: [] },
];

function matchOf(text: string, name: string) {
  const entity = propose({ text }, gazetteer).entities.find(
    (e) => e.name === name || e.aliases.includes(name),
  );
  return entity?.match;
}

describe('matching candidates to the graph', () => {
  it('matches a body by name, by key and by curated alias, with the reasons', () => {
    expect(
      matchOf(
        'He joined the Shanghai Overseas Returnees Association.',
        'Shanghai Overseas Returnees Association',
      ),
    ).toEqual({
      entityId: 'saor',
      reasons: ['same key'],
    });
    expect(
      matchOf('It is part of the Chinese Communist Party.', 'Chinese Communist Party'),
    ).toEqual({
      entityId: 'cpc',
      reasons: ['curated alias', 'same key'],
    });
  });

  it('matches an alias the text defines', () => {
    const text =
      'The Science and Technology Commission of Shanghai Municipality (STCSM) met. The STCSM agreed.';
    expect(matchOf(text, 'STCSM')?.entityId).toBe('stcsm');
  });

  it('matches a person with the graph’s offices only where the text states one of them', () => {
    const restated =
      'Pei Gang, president of the Shanghai Association of Overseas Returnees, spoke.';
    expect(matchOf(restated, 'Pei Gang')).toEqual({
      entityId: 'pei-gang',
      reasons: ['same name', 'same title at the same body'],
    });
    const namesake = 'Li Ruxin, a doctoral student at Zhejiang University, won the prize.';
    expect(matchOf(namesake, 'Li Ruxin')).toBeUndefined();
    expect(matchOf('Wang Lin spoke.', 'Wang Lin')).toEqual({
      entityId: 'wang-lin',
      reasons: ['same name'],
    });
  });

  it('never matches on likeness alone: surnames, given names, districts, ordinals, editions', () => {
    const text = [
      'Pei Lin, vice president of the Shanghai Association of Overseas Returnees, and Zhao Gang spoke.',
      'Wang Lei joined the Pudong Association of Overseas Returnees.',
      'He sits on the 13th National Committee of the Chinese People’s Political Consultative Conference.',
      'The 14th Symposium on Chinese Scholars opened.',
    ].join('\n\n');
    const proposal = propose({ text }, gazetteer);
    const matchOfName = (name: string) => proposal.entities.find((e) => e.name === name)?.match;
    for (const name of [
      'Pei Lin',
      'Zhao Gang',
      'Wang Lei',
      'Pudong Association of Overseas Returnees',
      // The body of the 13th term, never the graph's 12th National Committee.
      'National Committee of the Chinese People’s Political Consultative Conference',
      '14th Symposium on Chinese Scholars',
    ])
      expect({ name, match: matchOfName(name) }).toEqual({ name, match: undefined });
    expect(matchOfName('Symposium on Chinese Scholars')?.entityId).toBe('symposium');
  });

  it('leaves a candidate unmatched when two entries are equally supported', () => {
    const twins: GazetteerEntry[] = [
      { id: 'zhang-wei-1', kind: 'PERSON', name: 'Zhang Wei', aliases: [] },
      { id: 'zhang-wei-2', kind: 'PERSON', name: 'Zhang Wei', aliases: [] },
    ];
    const entity = propose({ text: 'Zhang Wei spoke at length.' }, twins).entities.find(
      (e) => e.name === 'Zhang Wei',
    );
    expect(entity?.match).toBeUndefined();
  });
});
