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

const bodies = (proposal: Proposal): string[] =>
  proposal.entities.filter((e) => e.kind === 'INSTITUTION').map((e) => e.name);

describe('bodies named by their head noun alone (organisation.head-reference@1)', () => {
  const text =
    'Gao Lan, director of the Science and Technology Department of Hubei Province, opened the Wuhan Optics Valley Expo. The expo was co-organized by the department and the Hubei Photonics Association. Ren Ke, secretary-general of the association, chaired the closing session.';

  it('joins "the department" and "the association" to the nearest body of that head', () => {
    const proposal = propose({ text }, []);
    expect(links(proposal)).toEqual(
      expect.arrayContaining([
        'ORGANIZED | Science and Technology Department of Hubei Province | Wuhan Optics Valley Expo | co-organiser',
        'ORGANIZED | Hubei Photonics Association | Wuhan Optics Valley Expo | co-organiser',
        'HOLDS_POSITION | Ren Ke | Hubei Photonics Association | secretary-general',
      ]),
    );
    // A short form is a mention of the body, never a body or a name of its own.
    expect(bodies(proposal)).not.toContain('department');
    const association = proposal.entities.find((e) => e.name === 'Hubei Photonics Association');
    expect(association?.aliases).toEqual([]);
    expect(association?.rule).toContain('organisation.head-reference@1');
    expect(association?.evidence.map((e) => e.quote)).toContain('association');
  });

  it('proposes nothing for a head with no body of that head named before it', () => {
    const proposal = propose(
      { text: 'The institute said Sun Yue, a chemist, would join the Hefei Quantum Summit.' },
      [],
    );
    expect(bodies(proposal)).toEqual([]);
  });

  it('leaves "the department of …" to the name readers', () => {
    const proposal = propose(
      {
        text: 'Tan Mei, director of the Tianjin Education Department, met students from the department of history at Nankai University.',
      },
      [],
    );
    const department = proposal.entities.find((e) => e.name === 'Tianjin Education Department');
    expect(department?.evidence.map((e) => e.quote)).toEqual(['Tianjin Education Department']);
  });
});

describe('a body after "its" (organisation.possessive-reference@1)', () => {
  it('is the body named in full as "… of" its owner, before or after', () => {
    const text =
      'Lu Ping, a member of the Standing Committee of the CPC Hangzhou Municipal Committee and head of its Publicity Department, spoke at the Qiantang Digital Media Forum. The Publicity Department of the CPC Hangzhou Municipal Committee organised the forum.';
    const proposal = propose({ text }, []);
    expect(links(proposal)).toEqual(
      expect.arrayContaining([
        'HOLDS_POSITION | Lu Ping | Publicity Department of the CPC Hangzhou Municipal Committee | head',
      ]),
    );
    expect(bodies(proposal)).not.toContain('Publicity Department');
    const department = proposal.entities.find(
      (e) => e.name === 'Publicity Department of the CPC Hangzhou Municipal Committee',
    );
    expect(department?.rule).toContain('organisation.possessive-reference@1');
  });

  it('links no office when the text never says whose body it is', () => {
    const text =
      'Lu Ping, a member of the Standing Committee of the CPC Hangzhou Municipal Committee and head of its Publicity Department, spoke at the Qiantang Digital Media Forum.';
    expect(links(propose({ text }, []))).not.toContain(
      'HOLDS_POSITION | Lu Ping | Publicity Department | head',
    );
  });
});
