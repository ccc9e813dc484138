import { describe, expect, it } from '@jest/globals';
import { STRICT_RELATION_PROPERTY_SCHEMAS, termIdOf } from '@guanxi/graph-schema';
import { type GazetteerEntry, propose, type Proposal } from '@guanxi/ingest';

/** Each relationship as "TYPE | from | to" with the time it carries. */
function dated(proposal: Proposal) {
  const name = new Map(proposal.entities.map((e) => [e.key, e.name]));
  return proposal.relationships.map((r) => {
    const { asOfFrom, asOfTo, dateBasis, dateTerm, dateEvidence } = r.properties;
    return {
      link: `${r.type} | ${name.get(r.from)} | ${name.get(r.to)}`,
      time: dateTerm ? { asOfFrom, asOfTo, dateBasis, dateTerm, dateEvidence } : undefined,
    };
  });
}

const timeOf = (proposal: Proposal, type: string) =>
  dated(proposal).find((r) => r.link.startsWith(type))?.time;

describe('facts stated of a numbered term', () => {
  it('link a member to the body itself, dated by the term, with the words that name it', () => {
    const text =
      "Wang Wei, a member of the 12th National Committee of the Chinese People's Political Consultative Conference (CPPCC), spoke at the forum.";
    expect(dated(propose({ text }, []))).toEqual([
      {
        link: "MEMBER_OF | Wang Wei | National Committee of the Chinese People's Political Consultative Conference",
        time: {
          asOfFrom: '2013-03',
          asOfTo: '2018-03',
          dateBasis: 'term',
          dateTerm: 'cppcc-national-committee-12',
          dateEvidence:
            "12th National Committee of the Chinese People's Political Consultative Conference",
        },
      },
      // The committee is part of the CPPCC in every term: a hierarchy is never dated by one.
      {
        link: "PART_OF | National Committee of the Chinese People's Political Consultative Conference | Chinese People's Political Consultative Conference",
        time: undefined,
      },
    ]);
  });

  it.each([
    ['Li Ming, a deputy to the 13th NPC, attended.', 'npc-13', '13th NPC'],
    [
      "Liu Yang, a deputy to the Fourteenth National People's Congress, attended.",
      'npc-14',
      "Fourteenth National People's Congress",
    ],
    [
      'Zhang Hua, a member of the 19th CPC Central Committee, spoke.',
      'cpc-central-committee-19',
      '19th CPC Central Committee',
    ],
    [
      'Zhao Lei, vice chairman of the 11th CPPCC National Committee, spoke.',
      'cppcc-national-committee-11',
      '11th CPPCC National Committee',
    ],
    [
      'Qiao Ming, a member of the 13th National Committee and president of the Beijing Institute of Brain Sciences, spoke.',
      'cppcc-national-committee-13',
      '13th National Committee',
    ],
  ])('%s', (text, term, words) => {
    const time = dated(propose({ text }, [])).find((r) => r.time)?.time;
    expect(time).toMatchObject({ dateBasis: 'term', dateTerm: term, dateEvidence: words });
  });

  it('gives every fact its own term, and every term of a body one candidate', () => {
    const text =
      'Sun Yu, a deputy to the 13th NPC and a member of the 12th National Committee of the CPPCC, spoke. The CPPCC National Committee met later.';
    const proposal = propose({ text }, []);
    expect(dated(proposal).map((r) => [r.link, r.time?.dateTerm])).toEqual([
      ['HOLDS_POSITION | Sun Yu | NPC', 'npc-13'],
      ['MEMBER_OF | Sun Yu | National Committee of the CPPCC', 'cppcc-national-committee-12'],
      ['PART_OF | National Committee of the CPPCC | CPPCC', undefined],
    ]);
    const committee = proposal.entities.find((e) => e.name === 'National Committee of the CPPCC');
    expect(committee?.aliases).toEqual(['CPPCC National Committee']);
  });

  it('leaves a term it cannot date undated, and the body still the body', () => {
    const text = 'Sun Li, a member of the 9th National Committee of the CPPCC, attended.';
    expect(timeOf(propose({ text }, []), 'MEMBER_OF')).toBeUndefined();
    expect(dated(propose({ text }, []))[0]?.link).toBe(
      'MEMBER_OF | Sun Li | National Committee of the CPPCC',
    );
  });

  it('keeps the graph’s own entity for a numbered body, and dates the link all the same', () => {
    const gazetteer: GazetteerEntry[] = [
      {
        id: 'cppcc-12th-national-committee',
        kind: 'INSTITUTION',
        name: '12th National Committee of the Chinese People’s Political Consultative Conference',
        aliases: [],
        institutionKind: 'advisory-body',
      },
    ];
    const text =
      'Jiang Haoran, a member of the 12th National Committee of the Chinese People’s Political Consultative Conference, spoke.';
    const proposal = propose({ text }, gazetteer);
    const committee = proposal.entities.find((e) => e.match);
    expect(committee?.match?.entityId).toBe('cppcc-12th-national-committee');
    expect(committee?.name).toBe(gazetteer[0]?.name);
    expect(timeOf(proposal, 'MEMBER_OF')?.dateTerm).toBe('cppcc-national-committee-12');
  });

  it('proposes times the graph model accepts', () => {
    const text = 'Li Ming, a deputy to the 13th NPC, attended.';
    const [relation] = propose({ text }, []).relationships;
    expect(relation?.properties.dateTerm).toBe('npc-13');
    const parsed = STRICT_RELATION_PROPERTY_SCHEMAS[relation!.type].safeParse(relation!.properties);
    expect(parsed.error?.issues).toBeUndefined();
  });
});

describe('termIdOf', () => {
  it('finds a term by its body and ordinal, and only a term whose dates are known', () => {
    expect(termIdOf('National Committee of the CPPCC', 12)).toBe('cppcc-national-committee-12');
    expect(termIdOf("National People's Congress", 14)).toBe('npc-14');
    expect(termIdOf('National Committee of the CPPCC', 9)).toBeUndefined();
  });
});
