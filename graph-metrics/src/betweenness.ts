import type Graph from 'graphology-types';
import { seededRandom } from './seeded-random';

/** Each node's neighbours by index, packed: node i's are neighbours[offsets[i]…offsets[i + 1]). */
interface PackedGraph {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** The graph's ties, both ways, in typed arrays: no per-node objects in the searches. */
function packed(graph: Graph): PackedGraph {
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, index) => (offsets[index + 1] = (offsets[index] ?? 0) + graph.degree(id)));
  const neighbours = new Int32Array(offsets[ids.length] ?? 0);
  const filled = offsets.slice(0, ids.length);
  const link = (from: number, to: number) => {
    neighbours[filled[from] ?? 0] = to;
    filled[from] = (filled[from] ?? 0) + 1;
  };
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const from = indexOf.get(source) ?? 0;
    const to = indexOf.get(target) ?? 0;
    link(from, to);
    link(to, from);
  });
  return { ids, offsets, neighbours };
}

/** `count` distinct node indexes out of `size`, drawn uniformly (a partial Fisher–Yates shuffle). */
function sampledSources(size: number, count: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: size }, (_, index) => index);
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const pick = index + Math.floor(random() * (size - index));
    [order[index], order[pick]] = [order[pick] ?? 0, order[index] ?? 0];
  }
  return order.slice(0, count);
}

export interface BetweennessOptions {
  /**
   * Searches from this many sources drawn at random and scales up (Brandes and Pich's estimate):
   * exact searches from every node grow with nodes × ties. Absent, or at least the node count:
   * exact.
   */
  sources?: number;
  /** Which sources are drawn. */
  seed?: number;
}

/**
 * Brandes' betweenness of a simple graph (one tie per pair: build it with `mergeEdge`) taken as
 * undirected and unweighted, normalised to 0–1 as graphology-metrics' `normalized: true` (over the (n − 1)(n − 2)
 * ordered pairs of other nodes). graphology's own took 150–430 ms for 1,000 nodes in Node, mostly
 * in per-node bookkeeping rather than in the searches, and it offers no sampled estimate.
 */
export function betweenness(graph: Graph, options: BetweennessOptions = {}): Map<string, number> {
  const { ids, offsets, neighbours } = packed(graph);
  const count = ids.length;
  const sampled = options.sources !== undefined && options.sources < count;
  const sources = sampled
    ? sampledSources(count, Math.max(1, options.sources ?? 1), options.seed ?? 1)
    : Int32Array.from({ length: count }, (_, index) => index);
  const centrality = new Float64Array(count);
  const order = new Int32Array(count);
  const distance = new Int32Array(count);
  const paths = new Float64Array(count);
  const dependency = new Float64Array(count);
  for (const source of sources) {
    distance.fill(-1);
    paths.fill(0);
    dependency.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const node = order[head] ?? 0;
      const nextDistance = (distance[node] ?? 0) + 1;
      const end = offsets[node + 1] ?? 0;
      for (let arc = offsets[node] ?? 0; arc < end; arc++) {
        const next = neighbours[arc] ?? 0;
        if (distance[next] === -1) {
          distance[next] = nextDistance;
          order[reached++] = next;
        }
        if (distance[next] === nextDistance) paths[next] = (paths[next] ?? 0) + (paths[node] ?? 0);
      }
    }
    // Farthest first, so that a node's dependency is complete before its predecessors read it.
    for (let position = reached - 1; position > 0; position--) {
      const node = order[position] ?? 0;
      const share = (1 + (dependency[node] ?? 0)) / (paths[node] ?? 1);
      const previousDistance = (distance[node] ?? 0) - 1;
      const end = offsets[node + 1] ?? 0;
      for (let arc = offsets[node] ?? 0; arc < end; arc++) {
        const previous = neighbours[arc] ?? 0;
        if (distance[previous] === previousDistance)
          dependency[previous] = (dependency[previous] ?? 0) + (paths[previous] ?? 0) * share;
      }
      centrality[node] = (centrality[node] ?? 0) + (dependency[node] ?? 0);
    }
  }
  // Each pair is searched from both of its ends: (count - 1)(count - 2) ordered pairs at most.
  // A sample of k sources stands for all count of them.
  const pairs = count > 2 ? (count - 1) * (count - 2) : 1;
  const scale = (sampled ? count / sources.length : 1) / pairs;
  return new Map(ids.map((id, index) => [id, (centrality[index] ?? 0) * scale]));
}
