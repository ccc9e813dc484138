import { describe, expect, it } from '@jest/globals';
import { propose, type Proposal } from '@guanxi/ingest';

/** Roles and organisers as readable tuples with the rule that found them. */
function roles(proposal: Proposal): string[] {
  const name = new Map(proposal.entities.map((e) => [e.key, e.name]));
  return proposal.relationships
    .filter((r) => r.type === 'PARTICIPATED_IN' || r.type === 'ORGANIZED')
    .map((r) => [name.get(r.from), name.get(r.to), String(r.properties.role), r.rule].join(' | '));
}

describe('roles stated before the people (relation.event-role-list@1)', () => {
  it('gives every listed person the role, offices between the names included', () => {
    const text =
      'Ma Jun chaired the Chengdu Biomedicine Summit. It was attended by Fu Qiang and Kang Li. Also present were Yin Tao, a deputy of the Sichuan Provincial People’s Congress and director of the city’s health bureau, and Hou Jie, president of Sichuan University. Speakers included Mo Xin and Bai Lu.';
    expect(roles(propose({ text }, []))).toEqual(
      expect.arrayContaining([
        'Fu Qiang | Chengdu Biomedicine Summit | participant | relation.event-role-list@1',
        'Kang Li | Chengdu Biomedicine Summit | participant | relation.event-role-list@1',
        'Yin Tao | Chengdu Biomedicine Summit | participant | relation.event-role-list@1',
        'Hou Jie | Chengdu Biomedicine Summit | participant | relation.event-role-list@1',
        'Mo Xin | Chengdu Biomedicine Summit | speaker | relation.event-role-list@1',
        'Bai Lu | Chengdu Biomedicine Summit | speaker | relation.event-role-list@1',
      ]),
    );
  });

  it('stops at a name that is not part of the list', () => {
    const text =
      'Ma Jun chaired the Chengdu Biomedicine Summit. Also present was Fu Qiang, who later met Kang Li.';
    const found = roles(propose({ text }, []));
    expect(found).toContain(
      'Fu Qiang | Chengdu Biomedicine Summit | participant | relation.event-role-list@1',
    );
    expect(found.some((r) => r.startsWith('Kang Li'))).toBe(false);
  });
});

describe('more role verbs', () => {
  const text =
    'Ma Jun chaired the Chengdu Biomedicine Summit. Fu Qiang shared his experience of running a clinic. Kang Li received the Outstanding Young Researcher Award at the summit. Yin Tao signed a cooperation agreement with a hospital, and Hou Jie witnessed the signing. Mo Xin was also present.';

  it('reads experiences, awards, signings and presence, each under its own rule', () => {
    expect(roles(propose({ text }, []))).toEqual(
      expect.arrayContaining([
        'Fu Qiang | Chengdu Biomedicine Summit | speaker | relation.event-role-experience@1',
        'Kang Li | Chengdu Biomedicine Summit | participant | relation.event-role-award@1',
        'Yin Tao | Chengdu Biomedicine Summit | participant | relation.event-role-signing@1',
        'Hou Jie | Chengdu Biomedicine Summit | participant | relation.event-role-signing@1',
        'Mo Xin | Chengdu Biomedicine Summit | participant | relation.event-role-present@1',
      ]),
    );
  });

  it('quotes what was won', () => {
    const award = propose({ text }, []).relationships.find(
      (r) => r.rule === 'relation.event-role-award@1',
    );
    expect(award?.properties.detail).toMatch(/^received the Outstanding Young Researcher Award/);
  });
});

describe('a second predicate of the subject (relation.event-role-coordinated@1)', () => {
  it('gives the role to the subject of "visited … and held a meeting"', () => {
    const text =
      'Wei Dong, president of Xiamen University, toured a shipyard in the city on Tuesday and chaired a meeting with exporters.';
    expect(roles(propose({ text }, []))).toEqual([
      'Wei Dong | Meeting | host | relation.event-role-coordinated@1',
    ]);
  });

  it('not across another name', () => {
    const text =
      'Wei Dong, president of Xiamen University, met Zhu Hua on Tuesday and chaired a meeting with exporters.';
    expect(roles(propose({ text }, []))).toEqual([]);
  });
});

describe('organiser phrases without a verb of organising', () => {
  it('"under the guidance of" leads, "supported by" assists', () => {
    const text =
      'Under the guidance of the Ministry of Commerce, the Harbin Ice Trade Fair was hosted by the Heilongjiang Provincial Government and supported by the Harbin Chamber of Commerce.';
    expect(roles(propose({ text }, []))).toEqual(
      expect.arrayContaining([
        'Ministry of Commerce | Harbin Ice Trade Fair | lead | relation.organised-guidance@1',
        'Heilongjiang Provincial Government | Harbin Ice Trade Fair | lead | relation.organised-by@1',
        'Harbin Chamber of Commerce | Harbin Ice Trade Fair | co-organiser | relation.organised-support@1',
      ]),
    );
  });
});
