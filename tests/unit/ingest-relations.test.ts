import { describe, expect, it } from '@jest/globals';
import { propose, type Proposal } from '@guanxi/ingest';

/** Relationships as readable tuples: type, from, to and the title or role. */
function links(proposal: Proposal): string[] {
  const name = new Map(proposal.entities.map((e) => [e.key, e.name]));
  return proposal.relationships.map((r) =>
    [r.type, name.get(r.from), name.get(r.to), r.properties.title ?? r.properties.role ?? '']
      .join(' | ')
      .replace(/ \| $/, ''),
  );
}

describe('offices and memberships', () => {
  it('reads every office of an appositive chain, and the nesting of the bodies', () => {
    const text =
      'Mr. Wan Gang, Vice Chairman of the 12th National Committee of the Chinese People’s Political Consultative Conference, Chairman of the China Association for Science and Technology, and Chairman of the Central Committee of the Zhigong Party, gave the opening remarks.';
    const found = links(propose({ text }, []));
    expect(found).toEqual(
      expect.arrayContaining([
        'HOLDS_POSITION | Wan Gang | National Committee of the Chinese People’s Political Consultative Conference | vice chairman',
        'HOLDS_POSITION | Wan Gang | China Association for Science and Technology | chairman',
        'HOLDS_POSITION | Wan Gang | Central Committee of the Zhigong Party | chairman',
        'PART_OF | National Committee of the Chinese People’s Political Consultative Conference | Chinese People’s Political Consultative Conference',
        'PART_OF | Central Committee of the Zhigong Party | Zhigong Party',
      ]),
    );
  });

  it('gives shared titles one office each, memberships as MEMBER_OF, and quotes the clause', () => {
    const text =
      'Li Ruxin, a member of the Chinese Academy of Sciences, vice president and party secretary of Shanghai University of Technology, spoke about talent.';
    const proposal = propose({ text }, []);
    expect(links(proposal)).toEqual(
      expect.arrayContaining([
        'MEMBER_OF | Li Ruxin | Chinese Academy of Sciences | member',
        'HOLDS_POSITION | Li Ruxin | Shanghai University of Technology | vice president',
        'HOLDS_POSITION | Li Ruxin | Shanghai University of Technology | party secretary',
      ]),
    );
    const office = proposal.relationships.find((r) => r.properties.title === 'party secretary');
    expect(office?.properties.role).toBe('party-secretary');
    expect(office?.evidence[0]?.quote).toBe(
      'Li Ruxin, a member of the Chinese Academy of Sciences, vice president and party secretary of Shanghai University of Technology',
    );
  });

  it('reads titles before a name and a standing committee under its committee', () => {
    const text =
      'CAST Chairman Wan Gang met Cheng Tong, director of the United Front Work Department of the CPC Shanghai Committee and member of the CPC Shanghai Standing Committee.';
    expect(links(propose({ text }, []))).toEqual(
      expect.arrayContaining([
        'HOLDS_POSITION | Wan Gang | CAST | chairman',
        'MEMBER_OF | Cheng Tong | CPC Shanghai Standing Committee | member',
        'PART_OF | CPC Shanghai Standing Committee | CPC Shanghai Committee',
      ]),
    );
  });
});

describe('events', () => {
  const text = [
    'The 14th Forum on Green Cities was held on Sunday at the Shanghai Science Hall.',
    'Led by the Shanghai Science and Technology Commission, the forum was co-organised by the Shanghai Association of Overseas Returnees and Fudan University.',
    'Pei Gang, president of the Shanghai Association of Overseas Returnees, hosted the opening ceremony.',
    'Gu Meiling delivered a keynote speech. “We are ready,” she said.',
    'A panel discussion was moderated by Tang Xiaowen.',
    'Closing the forum, Zhao Gang said the city would act.',
  ].join('\n\n');
  const proposal = propose({ text }, []);

  it('reads roles from verbs, organisers from "by" phrases, the venue and the series', () => {
    expect(links(proposal)).toEqual(
      expect.arrayContaining([
        'HELD_AT | 14th Forum on Green Cities | Shanghai Science Hall',
        'PART_OF | 14th Forum on Green Cities | Forum on Green Cities',
        'ORGANIZED | Shanghai Science and Technology Commission | 14th Forum on Green Cities | lead',
        'ORGANIZED | Shanghai Association of Overseas Returnees | 14th Forum on Green Cities | co-organiser',
        'ORGANIZED | Fudan University | 14th Forum on Green Cities | co-organiser',
        'PARTICIPATED_IN | Pei Gang | Opening ceremony of the 14th Forum on Green Cities | host',
        'PART_OF | Opening ceremony of the 14th Forum on Green Cities | 14th Forum on Green Cities',
        'PARTICIPATED_IN | Gu Meiling | 14th Forum on Green Cities | speaker',
        'PARTICIPATED_IN | Tang Xiaowen | Panel discussion of the 14th Forum on Green Cities | host',
        'PARTICIPATED_IN | Zhao Gang | 14th Forum on Green Cities | closing-remarks',
      ]),
    );
  });

  it('gives one role per person and event: a pronoun adds nothing beside a named reading', () => {
    const gu = proposal.relationships.filter(
      (r) =>
        r.type === 'PARTICIPATED_IN' &&
        proposal.entities.find((e) => e.key === r.from)?.name === 'Gu Meiling',
    );
    expect(gu.map((r) => [r.properties.role, r.rule])).toEqual([
      ['speaker', 'relation.event-role@1'],
    ]);
  });
});
