import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { type GraphFileInput, validateGraphFile } from '@guanxi/graph-schema';
import { textFilesBeside } from '@guanxi/graph-io';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';

const articleText = readFileSync(
  new URL('../../seed/article/000_909d8094033b2388.txt', import.meta.url),
  'utf8',
);
const file = JSON.parse(readFileSync(ARTICLE_GRAPH_FILE, 'utf8')) as GraphFileInput;
const allEvidence = [...file.entities, ...file.relationships].flatMap((record) => record.evidence);

describe('the article graph file', () => {
  it('keeps a byte-identical copy of the shared article, its checksum on the source', () => {
    // SHA-256 of ../shared/seed-documents/000_909d8094033b2388.txt when it was curated.
    const sharedArticleSha256 = '6e97ad115f5c65b57f7133613afb68740a2c9947b446c8911cb1dbfda943f5bc';
    const copy = readFileSync(
      new URL('../../seed/article/000_909d8094033b2388.txt', import.meta.url),
    );
    expect(createHash('sha256').update(copy).digest('hex')).toBe(sharedArticleSha256);
    expect(file.sources[0]!.checksum).toBe(sharedArticleSha256);
  });

  it('every quote equals the article text at its offsets', () => {
    expect(allEvidence.length).toBeGreaterThan(60);
    for (const { quote, start, end } of allEvidence) {
      expect({ quote, at: articleText.slice(start, end) }).toEqual({ quote, at: quote });
    }
  });

  it('passes every check of the validator', () => {
    const result = validateGraphFile(file, textFilesBeside(ARTICLE_GRAPH_FILE));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has every entity the article names, and no photo credit or caption', () => {
    const names = file.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Pei Gang',
        'Wan Gang',
        'Cheng Tong',
        'Li Ruxin',
        'Wu Zhiqiang',
        'Shanghai Overseas Returnees Association',
        'United Front Work Department of the CPC Shanghai Committee',
        'CPC Shanghai Standing Committee',
        'Shanghai University of Technology',
        'Shanghai Synchrotron Radiation Facility',
        'Zhangjiang Science City',
        'Shanghai Science Hall',
      ]),
    );
    expect(names.some((name) => /Ti Gon|Symposium participants/.test(name))).toBe(false);
    const quoted = allEvidence.map((e) => e.quote).join('\n');
    expect(quoted).not.toMatch(/Ti Gon|Symposium participants/);
  });

  it('the returnees association named two ways is one node', () => {
    const association = file.entities.filter((e) =>
      [e.name, ...(e.aliases ?? [])].some((name) => /Returnees/.test(name)),
    );
    expect(association).toHaveLength(1);
    expect(association[0]!.aliases).toEqual(['Shanghai Overseas Returnees Association']);
  });
});
