import { describe, expect, it } from '@jest/globals';
import { canonicalTitle, organisationKey, propose } from '@guanxi/ingest';

describe('canonicalTitle', () => {
  it('folds case, hyphens after modifiers and synonyms, and keeps what differs', () => {
    expect(canonicalTitle('Vice Chairman')).toBe('vice chairman');
    expect(canonicalTitle('vice-president')).toBe('vice president');
    expect(canonicalTitle('Chairwoman')).toBe('chairwoman');
    expect(canonicalTitle('party chief')).toBe('party secretary');
    expect(canonicalTitle('Secretary General')).toBe('secretary-general');
    expect(canonicalTitle('Executive Vice President')).toBe('executive vice president');
  });
});

describe('organisationKey', () => {
  it('ignores word order, case, stop words and curated abbreviations', () => {
    expect(organisationKey('Shanghai Association of Overseas Returnees')).toBe(
      organisationKey('the Shanghai Overseas Returnees Association'),
    );
    expect(organisationKey('the CPC Shanghai Committee')).toBe(
      organisationKey('Shanghai Committee of the Communist Party of China'),
    );
    expect(organisationKey('Central Committee of the China Zhi Gong Party')).toBe(
      organisationKey('Central Committee of the Zhigong Party'),
    );
  });

  it('keeps places and ordinals that tell bodies apart', () => {
    expect(organisationKey('Pudong Association of Overseas Returnees')).not.toBe(
      organisationKey('Shanghai Association of Overseas Returnees'),
    );
    expect(organisationKey('12th National Committee of the CPPCC')).not.toBe(
      organisationKey('13th National Committee of the CPPCC'),
    );
    expect(organisationKey('CPC Shanghai Standing Committee')).not.toBe(
      organisationKey('CPC Shanghai Committee'),
    );
  });
});

describe('one candidate per entity', () => {
  const text = [
    'Wu Zhiqiang is vice-president of the Shanghai Overseas Returnees Association.',
    'Pei Gang is president of the Shanghai Association of Overseas Returnees.',
    'Cheng Tong, director of the United Front Work Department of the CPC Shanghai Committee, spoke.',
    'The United Front Work Department of the Shanghai Committee of the Communist Party of China agreed.',
    'Scientists of the Chinese Academy of Sciences (CAS) attended. The CAS welcomed them.',
    'Pei said he was pleased.',
  ].join('\n\n');
  const { entities } = propose({ text }, []);
  const named = (name: string) =>
    entities.filter((e) => e.name === name || e.aliases.includes(name));

  it('merges the two wordings of a body, the most complete as name', () => {
    expect(named('Shanghai Overseas Returnees Association')).toEqual([
      expect.objectContaining({
        name: 'Shanghai Association of Overseas Returnees',
        aliases: ['Shanghai Overseas Returnees Association'],
      }),
    ]);
    expect(named('CPC Shanghai Committee').map((e) => e.name)).toEqual([
      'Shanghai Committee of the Communist Party of China',
    ]);
  });

  it('merges an abbreviation the text defines with its body', () => {
    const cas = named('CAS');
    expect(cas).toHaveLength(1);
    expect(cas[0]).toMatchObject({
      name: 'Chinese Academy of Sciences',
      institutionKind: 'academy',
    });
    expect(cas[0]!.evidence.map((span) => span.quote)).toEqual([
      'Chinese Academy of Sciences',
      'CAS',
      'CAS',
    ]);
  });

  it('joins a surname alone to the one person of that surname', () => {
    const pei = named('Pei Gang');
    expect(pei).toHaveLength(1);
    expect(pei[0]!.evidence.map((span) => span.quote)).toEqual(['Pei Gang', 'Pei']);
  });
});
