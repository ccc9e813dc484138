import { describe, expect, it } from '@jest/globals';
import { API_LIMITS } from '@guanxi/graph-schema';
import { buildNameQuery, escapeLucene } from '../../server/src/services/lucene-query';

describe('Lucene query from user text', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('C++ (a) "b" [c] {d} ^~*?:\\/ && || !')).toBe(
      'C\\+\\+ \\(a\\) \\"b\\" \\[c\\] \\{d\\} \\^\\~\\*\\?\\:\\\\\\/ \\&\\& \\|\\| \\!',
    );
  });

  it('boosts the exact phrase, adds fuzzy terms and a prefix for the last word', () => {
    expect(buildNameQuery('Pei Gang')).toBe('"Pei Gang"^8 OR pei^2 OR gang^2 OR gang~1 OR gang*');
    expect(buildNameQuery('Zhiqiang')).toBe(
      '"Zhiqiang"^8 OR zhiqiang^2 OR zhiqiang~2 OR zhiqiang*',
    );
  });

  it('keeps operators as words', () => {
    const query = buildNameQuery('Pei AND NOT Gang')!;
    // Inside the quoted phrase they are plain words already; outside it they are lower-cased.
    const outsidePhrase = query.replace(/^"[^"]*"\^8/, '');
    expect(outsidePhrase).not.toMatch(/\bAND\b|\bNOT\b/);
    expect(query).toContain('and^2');
  });

  it('finds nothing to search in blank or punctuation-only text', () => {
    expect(buildNameQuery('')).toBeUndefined();
    expect(buildNameQuery('  \t\n')).toBeUndefined();
    expect(buildNameQuery('*** ~~ ""')).toBeUndefined();
  });

  it('bounds very long text', () => {
    const query = buildNameQuery('word '.repeat(2000))!;
    expect(query.length).toBeLessThan(API_LIMITS.search.maxChars * 4);
  });

  it('keeps non-Latin scripts', () => {
    expect(buildNameQuery('裴钢')).toContain('"裴钢"^8');
    expect(buildNameQuery('Пэй')).toContain('пэй');
  });
});
