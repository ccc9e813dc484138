import { describe, expect, it } from '@jest/globals';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { viewScores } from '../../client/src/features/scores/lib/view-scores';
import type { VisibleGraph } from '../../client/src/lib/explorer-graph';

/** A drawn picture of people tied as listed ("a-b": a tie between a and b). */
function picture(ids: string, ties: string[]): VisibleGraph {
  return {
    nodes: ids.split('').map((id) => ({ id, kind: 'PERSON', name: id })),
    edges: ties.map((tie, index) => {
      const [source = '', target = ''] = tie.split('-');
      return { id: `e${index}`, type: 'MEMBER_OF', source, target, label: null };
    }),
  };
}

const rounded = (scores: Map<string, number>) =>
  Object.fromEntries([...scores].map(([id, score]) => [id, Math.round(score * 1000) / 1000]));

describe('betweenness of the drawn picture', () => {
  // Worked by hand: the share of shortest paths between two other nodes that pass through each,
  // over the (n - 1)(n - 2) ordered pairs of others.
  it('counts every path through a line and a star, and splits a diamond’s two routes', () => {
    expect(rounded(viewScores(picture('abcd', ['a-b', 'b-c', 'c-d']), 'viewBetweenness'))).toEqual({
      a: 0,
      b: 0.667,
      c: 0.667,
      d: 0,
    });
    expect(rounded(viewScores(picture('habc', ['h-a', 'h-b', 'h-c']), 'viewBetweenness'))).toEqual({
      h: 1,
      a: 0,
      b: 0,
      c: 0,
    });
    // a to d by b or by c: each carries half of that pair, both ways.
    expect(
      rounded(viewScores(picture('abcd', ['a-b', 'a-c', 'b-d', 'c-d']), 'viewBetweenness')),
    ).toEqual({ a: 0.167, b: 0.167, c: 0.167, d: 0.167 });
  });

  it('counts parallel ties once and leaves unconnected nodes at zero', () => {
    const scores = viewScores(picture('abcx', ['a-b', 'b-a', 'b-c', 'c-c']), 'viewBetweenness');
    expect(rounded(scores)).toEqual({ a: 0, b: 0.333, c: 0, x: 0 });
    expect(viewScores(picture('', []), 'viewBetweenness').size).toBe(0);
  });
});

describe('betweenness against graphology’s own', () => {
  it('gives graphology’s normalised scores on a random picture of 200 nodes', () => {
    let state = 7;
    const random = (size: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor((state / 2147483648) * size);
    };
    const ids = Array.from({ length: 200 }, (_, index) => `n${index}`);
    const ties = Array.from({ length: 400 }, () => [ids[random(200)]!, ids[random(200)]!]).filter(
      ([a, b]) => a !== b,
    );
    const drawn: VisibleGraph = {
      nodes: ids.map((id) => ({ id, kind: 'PERSON', name: id })),
      edges: ties.map(([source, target], index) => ({
        id: `e${index}`,
        type: 'MEMBER_OF',
        source: source!,
        target: target!,
        label: null,
      })),
    };
    const reference = new UndirectedGraph();
    ids.forEach((id) => reference.addNode(id));
    ties.forEach(([a, b]) => reference.mergeEdge(a!, b!));
    const expected = graphologyBetweenness(reference, { normalized: true });
    const scores = viewScores(drawn, 'viewBetweenness');
    for (const id of ids) expect(scores.get(id)).toBeCloseTo(expected[id]!, 9);
  });
});
