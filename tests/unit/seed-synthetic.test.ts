import { describe, expect, it } from '@jest/globals';
import { type GraphFile, validateGraphFile } from '@guanxi/graph-schema';
import { generateSyntheticGraph } from '@guanxi/seed';

const degrees = (graph: GraphFile): Map<string, number> => {
  const degree = new Map<string, number>();
  for (const { from, to } of graph.relationships) {
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  return degree;
};

describe('generateSyntheticGraph', () => {
  const graph = generateSyntheticGraph({ people: 2000, seed: 7 });

  it('is deterministic: the same seed gives the same graph, another seed another', () => {
    expect(generateSyntheticGraph({ people: 2000, seed: 7 })).toEqual(graph);
    expect(generateSyntheticGraph({ people: 2000, seed: 8 })).not.toEqual(graph);
  });

  it('is a valid graph file whose quotes index into its own generated text', () => {
    const result = validateGraphFile(graph, () => undefined);
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    const texts = new Map(graph.sources.map((s) => [s.id, s.text ?? '']));
    const sample = [...graph.entities, ...graph.relationships].filter((_, i) => i % 97 === 0);
    for (const { evidence } of sample) {
      for (const e of evidence) expect(texts.get(e.sourceId)?.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('marks every fact and source as synthetic', () => {
    const methods = new Set(
      [...graph.sources, ...graph.entities, ...graph.relationships].map((r) => r.method),
    );
    expect([...methods]).toEqual(['synthetic']);
  });

  it('has every kind, the three industries and institution hierarchies several levels deep', () => {
    const count = (kind: string) => graph.entities.filter((e) => e.kind === kind).length;
    expect(count('PERSON')).toBe(2000);
    expect(count('INSTITUTION')).toBeGreaterThan(50);
    expect(count('EVENT')).toBeGreaterThan(2);
    expect(count('PLACE')).toBeGreaterThan(3);
    expect(graph.entities.filter((e) => e.kind === 'INDUSTRY').map((e) => e.id)).toEqual([
      'integrated-circuits',
      'biomedicine',
      'artificial-intelligence',
    ]);
    const parentOf = new Map(
      graph.relationships
        .filter((r) => r.type === 'PART_OF' && r.from.startsWith('institution-'))
        .map((r) => [r.from, r.to]),
    );
    const depth = (id: string): number => (parentOf.has(id) ? 1 + depth(parentOf.get(id)!) : 1);
    expect(Math.max(...[...parentOf.keys()].map(depth))).toBe(3);
  });

  it('has a skewed degree distribution: a few hubs, many leaves', () => {
    const degree = degrees(graph);
    const institutionDegrees = graph.entities
      .filter((e) => e.kind === 'INSTITUTION')
      .map((e) => degree.get(e.id) ?? 0)
      .sort((a, b) => b - a);
    const personDegrees = graph.entities
      .filter((e) => e.kind === 'PERSON')
      .map((e) => degree.get(e.id) ?? 0)
      .sort((a, b) => b - a);
    const median = (list: number[]) => list[Math.floor(list.length / 2)]!;
    expect(institutionDegrees[0]!).toBeGreaterThan(20 * median(institutionDegrees));
    expect(median(personDegrees)).toBeLessThanOrEqual(2);
    expect(personDegrees[0]!).toBeGreaterThan(10);
    const topTenPercent = institutionDegrees.slice(0, Math.ceil(institutionDegrees.length / 10));
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    expect(sum(topTenPercent)).toBeGreaterThan(0.5 * sum(institutionDegrees));
  });

  it('gives every entity a distinct name', () => {
    const names = graph.entities.map((e) => e.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
