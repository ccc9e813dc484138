import { describe, expect, it } from '@jest/globals';
import {
  EntitySchema,
  foldForSearch,
  initialsOf,
  type SearchableNames,
  searchFormsOf,
  searchKeysOf,
} from '@guanxi/graph-schema';
import { buildNameQuery, buildSearchQuery } from '../../server/src/services/lucene-query';

const person = (name: string, curatorAliases: string[] = []): SearchableNames => ({
  kind: 'PERSON',
  name,
  aliases: [],
  curatorAliases,
});
const institution = (name: string, aliases: string[] = []): SearchableNames => ({
  kind: 'INSTITUTION',
  name,
  aliases,
  curatorAliases: [],
});

/** Whether some form of the typed text is one of the entity's keys, as search decides. */
const finds = (entity: SearchableNames, typed: string): boolean => {
  const keys = new Set(searchKeysOf(entity));
  return searchFormsOf(typed).some((form) => keys.has(form));
};

describe('folding a name for search', () => {
  it('drops case, accents, apostrophes and separators, and spells Chinese as toneless pinyin', () => {
    expect(foldForSearch('PEI Gang')).toBe('pei gang');
    expect(foldForSearch('Pei-gang')).toBe('pei gang');
    expect(foldForSearch('Lǐ Rúxīn')).toBe('li ruxin');
    expect(foldForSearch('Chinese People’s Political')).toBe('chinese peoples political');
    expect(foldForSearch('裴钢')).toBe('pei gang');
    expect(foldForSearch('中国科学院')).toBe('zhong guo ke xue yuan');
  });
});

describe('abbreviations learned from a name', () => {
  it('takes the initials of the words that carry meaning', () => {
    expect(initialsOf('Chinese Academy of Sciences')).toBe('cas');
    expect(initialsOf('China Association for Science and Technology')).toBe('cast');
    expect(initialsOf('Chinese People’s Political Consultative Conference')).toBe('cppcc');
    expect(initialsOf('Communist Party of China')).toBe('cpc');
  });

  it('keeps a word in capitals whole and skips numbers', () => {
    expect(initialsOf('CPC Shanghai Committee')).toBe('cpcsc');
    expect(initialsOf('12th National Committee of the People’s Congress')).toBe('ncpc');
  });

  it('gives nothing for one word or fewer than three letters', () => {
    expect(initialsOf('Shanghai')).toBeUndefined();
    expect(initialsOf('Zhigong Party')).toBeUndefined();
    expect(initialsOf('中国科学院')).toBeUndefined();
  });
});

describe('search keys of an entity', () => {
  it('finds a person by joined, hyphenated, spaced, capitalised and given-name-first pinyin', () => {
    const peiGang = person('Pei Gang');
    for (const typed of ['peigang', 'Pei-gang', 'pei gang', 'PEI Gang', 'Gang Pei', 'gangpei']) {
      expect([typed, finds(peiGang, typed)]).toEqual([typed, true]);
    }
    expect(finds(peiGang, 'Wan Gang')).toBe(false);
  });

  it('finds a name stored in Chinese characters by the characters and by toneless pinyin', () => {
    const stored = person('裴钢');
    for (const typed of ['裴钢', 'pei gang', 'peigang', 'Péi Gāng', 'Gang Pei']) {
      expect([typed, finds(stored, typed)]).toEqual([typed, true]);
    }
    const academy = institution('Chinese Academy of Sciences');
    const withChinese = { ...academy, curatorAliases: ['中国科学院'] };
    expect(finds(withChinese, '中国科学院')).toBe(true);
    expect(finds(withChinese, 'zhongguo kexueyuan')).toBe(true);
    expect(finds(withChinese, 'Zhong Guo Ke Xue Yuan')).toBe(true);
  });

  it('joins a hyphenated given name the way it is usually stored', () => {
    expect(finds(person('Li Ruxin'), 'Li Ru-xin')).toBe(true);
    expect(finds(person('Li Ruxin'), 'Ruxin Li')).toBe(true);
  });

  it('finds an institution by its curated abbreviation even where initials differ', () => {
    expect(finds(institution('Ministry of Science and Technology'), 'MOST')).toBe(true);
    expect(finds(institution('National Natural Science Foundation of China'), 'NSFC')).toBe(true);
    expect(finds(institution('Chinese Academy of Sciences'), 'CAS')).toBe(true);
    expect(finds(institution('China Association for Science and Technology'), 'CAST')).toBe(true);
    expect(finds(institution('China Association for Science and Technology'), 'CAS')).toBe(false);
  });

  it('writes a curated body inside a longer name as its abbreviation', () => {
    const committee = institution(
      '12th National Committee of the Chinese People’s Political Consultative Conference',
    );
    expect(searchKeysOf(committee)).toContain('12th national committee of the cppcc');
    expect(finds(committee, '12th National Committee of the CPPCC')).toBe(true);
  });

  it('finds an abbreviation given as an alias, and learns none for people', () => {
    expect(finds(institution('Communist Party of China', ['CPC']), 'cpc')).toBe(true);
    expect(searchKeysOf(person('Ada Byron Lovelace King'))).not.toContain('abl');
  });

  it('derives the same keys from the same names, without repeats', () => {
    const keys = searchKeysOf(person('Pei Gang', ['裴钢']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(searchKeysOf(person('Pei Gang', ['裴钢']))).toEqual(keys);
    expect(keys).toContain('裴钢');
  });
});

describe('curator aliases in the entity model', () => {
  const evidence = [{ sourceId: 's', quote: 'Pei Gang', start: 0, end: 8 }];

  it('keeps them apart from the names the sources use', () => {
    const parsed = EntitySchema.parse({
      kind: 'PERSON',
      id: 'pei-gang',
      name: 'Pei Gang',
      curatorAliases: ['裴钢'],
      evidence,
    });
    expect(parsed.aliases).toEqual([]);
    expect(parsed.curatorAliases).toEqual(['裴钢']);
  });

  it('drops one that repeats the name or a quoted alias, and defaults to none', () => {
    const parsed = EntitySchema.parse({
      kind: 'PERSON',
      id: 'pei-gang',
      name: 'Pei Gang',
      aliases: ['Gang Pei'],
      curatorAliases: ['pei gang', 'GANG PEI', '裴钢', '裴钢'],
      evidence,
    });
    expect(parsed.curatorAliases).toEqual(['裴钢']);
    const plain = EntitySchema.parse({ kind: 'PERSON', id: 'x', name: 'Pei Gang', evidence });
    expect(plain.curatorAliases).toEqual([]);
  });
});

describe('the search query asks for every form of the typed text', () => {
  it('adds the folded and joined forms to the typed words', () => {
    const query = buildSearchQuery('Pei-gang')!;
    expect(query.startsWith(buildNameQuery('Pei-gang')!)).toBe(true);
    expect(query).toContain('"pei gang"^8');
    expect(query).toContain('"peigang"^8 OR peigang*');
    expect(buildSearchQuery('裴钢')).toContain('"pei gang"^8');
  });

  it('adds nothing when the typed text is its only form, and nothing for blank text', () => {
    expect(buildSearchQuery('cas')).toBe(buildNameQuery('cas'));
    expect(buildSearchQuery(' ~~ ')).toBeUndefined();
  });
});
