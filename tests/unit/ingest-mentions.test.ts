import { describe, expect, it } from '@jest/globals';
import { findMentions, segment } from '@guanxi/ingest';

const mentionsOf = (text: string) =>
  findMentions(text, segment(text), []).mentions.map((m) => ({
    kind: m.kind,
    name: m.name,
    rule: m.rule,
    ...(m.institutionKind ? { institutionKind: m.institutionKind } : {}),
    ...(m.parent ? { parent: m.parent.name } : {}),
  }));

const namesOfKind = (text: string, kind: string) =>
  mentionsOf(text)
    .filter((m) => m.kind === kind)
    .map((m) => m.name);

describe('people', () => {
  it('finds honorifics, pinyin names in both orders, hyphenated and Western names', () => {
    const text =
      'Mr. Pei Gang met Li Ruxin, Ruxin Li, Pei-gang and Prof. Smith. John Carter, president of the Fudan Alumni Association, said so.';
    expect(namesOfKind(text, 'PERSON')).toEqual([
      'Pei Gang',
      'Li Ruxin',
      'Ruxin Li',
      'Pei-gang',
      'Smith',
      'John Carter',
    ]);
  });

  it('does not read names inside bodies or places as people', () => {
    const text = 'Students of Shanghai Jiao Tong University visited Hong Kong.';
    expect(namesOfKind(text, 'PERSON')).toEqual([]);
    expect(namesOfKind(text, 'INSTITUTION')).toEqual(['Shanghai Jiao Tong University']);
    expect(namesOfKind(text, 'PLACE')).toEqual(['Hong Kong']);
  });

  it('never takes names from noise lines', () => {
    expect(namesOfKind('Ti Gon\n\nPhoto by Chen Yu\n\nSymposium participants', 'PERSON')).toEqual(
      [],
    );
  });
});

describe('organisations', () => {
  it('parses "of" chains into a body and the parents its name states', () => {
    const text =
      'He led the United Front Work Department of the Shanghai Committee of the Communist Party of China.';
    const bodies = mentionsOf(text).filter((m) => m.kind === 'INSTITUTION');
    expect(bodies.map((m) => [m.name, m.institutionKind, m.parent])).toEqual([
      [
        'United Front Work Department of the Shanghai Committee of the Communist Party of China',
        'party-body',
        'Shanghai Committee of the Communist Party of China',
      ],
      [
        'Shanghai Committee of the Communist Party of China',
        'party-body',
        'Communist Party of China',
      ],
      ['Communist Party of China', 'political-party', undefined],
    ]);
    expect(bodies[0]!.rule).toBe('organisation.head-noun@1+organisation.of-chain@1');
  });

  it('keeps "and" inside a name but splits coordinated bodies', () => {
    const text =
      'The Shanghai Science and Technology Commission, Peking University and Tsinghua University signed it.';
    expect(namesOfKind(text, 'INSTITUTION')).toEqual([
      'Shanghai Science and Technology Commission',
      'Peking University',
      'Tsinghua University',
    ]);
  });

  it('names the parent an abbreviation prefix states', () => {
    const cpc = mentionsOf('He joined the CPC Shanghai Committee.').find(
      (m) => m.name === 'CPC Shanghai Committee',
    );
    expect(cpc).toMatchObject({ institutionKind: 'party-body', parent: 'CPC' });
  });

  it('finds companies only an office names', () => {
    const text = 'Fang Jie, founder of the medical imaging start-up Lumiscan, spoke.';
    expect(mentionsOf(text).find((m) => m.name === 'Lumiscan')).toMatchObject({
      kind: 'INSTITUTION',
      institutionKind: 'company',
      rule: 'organisation.after-title@1',
    });
  });

  it('ties an abbreviation the text defines to the name it abbreviates', () => {
    const text =
      'Wan Gang, vice-chairman of the 13th National Committee of the Chinese People’s Political Consultative Conference (CPPCC), spoke. The CPPCC met.';
    const { definitions } = findMentions(text, segment(text), []);
    expect(definitions.map((d) => [d.abbreviation, d.full.name])).toEqual([
      ['CPPCC', 'Chinese People’s Political Consultative Conference'],
    ]);
  });
});

describe('events, places and industries', () => {
  it('reads editions, venues, districts and lower-case parts of the event', () => {
    const text =
      'The 13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century was held at the Shanghai Science Hall. At the roundtable, the symposium praised Zhangjiang Science City for integrated circuits and biomedicine.';
    expect(mentionsOf(text).map((m) => [m.kind, m.name])).toEqual([
      [
        'EVENT',
        '13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
      ],
      ['PLACE', 'Shanghai Science Hall'],
      ['EVENT', 'roundtable'],
      ['EVENT', 'symposium'],
      ['PLACE', 'Zhangjiang Science City'],
      ['INDUSTRY', 'Integrated circuits'],
      ['INDUSTRY', 'Biomedicine'],
    ]);
  });
});
