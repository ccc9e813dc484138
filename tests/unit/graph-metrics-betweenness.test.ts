import { describe, expect, it } from '@jest/globals';
import { betweenness } from '@guanxi/graph-metrics';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';

/** A random simple graph: `nodes` nodes, about `ties` ties, the same for the same seed. */
function randomGraph(nodes: number, ties: number, seed: number): UndirectedGraph {
  let state = seed;
  const random = (size: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * size);
  };
  const graph = new UndirectedGraph();
  for (let index = 0; index < nodes; index++) graph.addNode(`n${index}`);
  for (let index = 0; index < ties; index++) {
    const [a, b] = [random(nodes), random(nodes)];
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('betweenness estimated from sampled sources', () => {
  const graph = randomGraph(600, 1500, 11);
  const exact = graphologyBetweenness(graph, { normalized: true });

  it('is exact, equal to graphology’s, when every node is a source', () => {
    const scores = betweenness(graph, { sources: graph.order });
    graph.forEachNode((id) => expect(scores.get(id)).toBeCloseTo(exact[id]!, 9));
  });

  it('is an unbiased estimate from a sixth of the sources, the same on every run', () => {
    const sampled = betweenness(graph, { sources: 100, seed: 3 });
    expect([...betweenness(graph, { sources: 100, seed: 3 })]).toEqual([...sampled]);
    const total = (values: Iterable<number>) => [...values].reduce((sum, value) => sum + value, 0);
    const ratio = total(sampled.values()) / total(Object.values(exact));
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  });

  it('finds the bodies everyone passes through, as a graph of hubs and their members has them', () => {
    // 20 bodies in a ring, 30 members each, and a few members who belong to two bodies.
    const hubs = new UndirectedGraph();
    for (let body = 0; body < 20; body++) {
      hubs.mergeEdge(`body${body}`, `body${(body + 1) % 20}`);
      for (let member = 0; member < 30; member++)
        hubs.mergeEdge(`body${body}`, `p${body}-${member}`);
      hubs.mergeEdge(`p${body}-0`, `body${(body + 7) % 20}`);
    }
    const sampled = betweenness(hubs, { sources: 60, seed: 5 });
    const top = [...sampled]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([id]) => id);
    expect(top.sort()).toEqual(Array.from({ length: 20 }, (_, body) => `body${body}`).sort());
  });
});
