import { describe, expect, it } from '@jest/globals';
import {
  collapse,
  emptyGraph,
  expand,
  focusOn,
  hide,
  showHidden,
  showPaths,
  type Subgraph,
  togglePin,
  visibleGraph,
} from '../../client/src/lib/explorer-graph';

const node = (id: string) => ({ id, kind: 'PERSON' as const, name: id.toUpperCase() });
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  type: 'MEMBER_OF' as const,
  source,
  target,
  label: 'member',
});
const star = (centre: string, ...leaves: string[]): Subgraph => ({
  nodes: [node(centre), ...leaves.map(node)],
  edges: leaves.map((leaf) => edge(centre, leaf)),
  truncated: false,
});
const ids = (graph: typeof emptyGraph) =>
  visibleGraph(graph)
    .nodes.map((n) => n.id)
    .sort();

describe('explorer graph: what the canvas draws after each exploration step', () => {
  const focused = focusOn(emptyGraph, 'a', star('a', 'b', 'c'), 10);

  it('a focus draws the neighbourhood; an expansion adds the new neighbours', () => {
    expect(ids(focused)).toEqual(['a', 'b', 'c']);
    const expanded = expand(focused, 'b', null, star('b', 'a', 'd', 'e'), 10);
    expect(ids(expanded)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(visibleGraph(expanded).edges.map((e) => e.id)).toContain('b-d');
  });

  it('collapsing a node folds away its expansion and everything explored beyond it', () => {
    const deeper = expand(
      expand(focused, 'b', null, star('b', 'a', 'd'), 10),
      'd',
      null,
      star('d', 'b', 'x'),
      10,
    );
    expect(ids(deeper)).toContain('x');
    expect(ids(collapse(deeper, 'b'))).toEqual(['a', 'b', 'c']);
  });

  it('a node shared with the focus stays when an expansion that also reached it collapses', () => {
    const expanded = expand(focused, 'b', null, star('b', 'c', 'd'), 10);
    expect(ids(collapse(expanded, 'b'))).toEqual(['a', 'b', 'c']);
  });

  it('hidden nodes and their edges leave the picture until shown again', () => {
    const hidden = hide(focused, 'b');
    expect(ids(hidden)).toEqual(['a', 'c']);
    expect(visibleGraph(hidden).edges.map((e) => e.id)).toEqual(['a-c']);
    expect(ids(showHidden(hidden))).toEqual(['a', 'b', 'c']);
  });

  it('pins toggle, and every step returns a new value, leaving the old one intact (undo)', () => {
    const pinned = togglePin(focused, 'a', { x: 5, y: 6 });
    expect(pinned.pinned.has('a')).toBe(true);
    expect(pinned.pinned.get('a')).toEqual({ x: 5, y: 6 });
    expect(togglePin(pinned, 'a', { x: 0, y: 0 }).pinned.has('a')).toBe(false);
    expect(focused.pinned.has('a')).toBe(false);
  });

  it('paths are drawn over the picture and replace earlier paths', () => {
    const first = showPaths(focused, 'a', star('a', 'p'));
    const second = showPaths(first, 'a', star('a', 'q'));
    expect(ids(second)).toEqual(['a', 'b', 'c', 'q']);
  });

  it('an edge is only drawn with both of its ends', () => {
    const dangling: Subgraph = { nodes: [node('a')], edges: [edge('a', 'z')], truncated: false };
    expect(visibleGraph(focusOn(emptyGraph, 'a', dangling, 10)).edges).toEqual([]);
  });
});
