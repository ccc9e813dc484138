import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  EntitySchema,
  entityIdFromName,
  relationshipId,
  SlugSchema,
  slugify,
  WRITE_LIMITS,
} from '@guanxi/graph-schema';

const isSlug = (text: string): boolean => SlugSchema.safeParse(text).success;

describe('identity', () => {
  it('turns names into readable slugs', () => {
    expect(slugify('Shanghai’s Science Hall')).toBe('shanghais-science-hall');
    expect(slugify('  Chinese People’s Political Consultative Conference ')).toBe(
      'chinese-peoples-political-consultative-conference',
    );
    expect(SlugSchema.safeParse('pei-gang').success).toBe(true);
    expect(SlugSchema.safeParse('Pei Gang').success).toBe(false);
  });

  it('gives a relationship an id from its ends, type and title', () => {
    expect(relationshipId('HOLDS_POSITION', 'pei-gang', 'saor', { title: 'President' })).toBe(
      'pei-gang--holds-position--saor--president',
    );
  });
});

describe('entityIdFromName', () => {
  it('cuts a long name at a word boundary, so a 499-character name gets a valid id', () => {
    const name = 'Word '.repeat(100).slice(0, 499);
    const id = entityIdFromName(name);
    expect(isSlug(id)).toBe(true);
    expect(id.length).toBeLessThanOrEqual(WRITE_LIMITS.slugLength);
    expect(id).toMatch(/^word(-word)+$/);
    // The name is refused for its length, not for an id derived from it.
    const result = EntitySchema.safeParse({
      id,
      kind: 'PERSON',
      name,
      evidence: [{ sourceId: 'doc', quote: 'Pei Gang', start: 4, end: 12 }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name']);
  });

  it('cuts one endless word at the limit', () => {
    expect(entityIdFromName('x'.repeat(499))).toBe('x'.repeat(WRITE_LIMITS.slugLength));
  });

  it('spells Chinese names in pinyin', () => {
    expect(entityIdFromName('裴钢')).toBe('pei-gang');
    expect(entityIdFromName('上海市归国华侨联合会')).toBe(
      'shang-hai-shi-gui-guo-hua-qiao-lian-he-hui',
    );
    expect(entityIdFromName('裴钢 Lab')).toBe('pei-gang-lab');
    expect(entityIdFromName('吕布')).toBe('lu-bu');
  });

  it('gives "Pei-gang" the same id as 裴钢, so the server reports the second as taken', () => {
    expect(entityIdFromName('Pei-gang')).toBe('pei-gang');
  });

  it('spells Latin letters without their accents', () => {
    expect(entityIdFromName('Zoë Ørsted-Łukasz')).toBe('zoe-orsted-lukasz');
    expect(entityIdFromName('Straße')).toBe('strasse');
  });

  it('hashes a name with nothing to spell: stable, short, valid', () => {
    const rocket = entityIdFromName('🚀🚀');
    expect(rocket).toMatch(/^entity-[0-9a-f]{8}$/);
    expect(entityIdFromName('🚀🚀')).toBe(rocket);
    expect(entityIdFromName(' 🚀🚀 ')).toBe(rocket);
    expect(entityIdFromName('🚀')).not.toBe(rocket);
    expect(entityIdFromName('محمد')).toMatch(/^entity-[0-9a-f]{8}$/);
  });

  it('never produces an invalid slug', () => {
    const names = [
      '',
      '   ',
      '---',
      "'’",
      'a-',
      '-a',
      'Pei\u0000Gang',
      '\u202eevil',
      '\u200b',
      'Ⅻ ﬁle',
      `${'ab '.repeat(66)}c`,
      '𠀀',
      '😀 a 😀',
      'Ελλάδα',
    ];
    for (const name of names) expect([name, isSlug(entityIdFromName(name))]).toEqual([name, true]);
    expect(isSlug(slugify('🚀'))).toBe(true);
  });
});

describe('graph-schema in the browser', () => {
  it('imports no Node built-in, so the client may import it', () => {
    const folder = new URL('../../graph-schema/src/', import.meta.url);
    for (const file of readdirSync(folder)) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      expect([file, /from ['"]node:/.test(source)]).toEqual([file, false]);
    }
  });
});
