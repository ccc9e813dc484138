import { describe, expect, it } from '@jest/globals';
import {
  explorationReducer,
  initialExploration,
  type ExplorationAction,
} from '../../client/src/features/graph-canvas/lib/exploration-reducer';
import { expansions, type Subgraph, visibleGraph } from '../../client/src/lib/explorer-graph';
import type { History } from '../../client/src/lib/history';
import type { ExplorerGraph } from '../../client/src/lib/explorer-graph';

const node = (id: string) => ({ id, kind: 'PERSON' as const, name: id.toUpperCase() });
const star = (centre: string, ...leaves: string[]): Subgraph => ({
  nodes: [node(centre), ...leaves.map(node)],
  edges: leaves.map((leaf) => ({
    id: `${centre}-${leaf}`,
    type: 'MEMBER_OF' as const,
    source: centre,
    target: leaf,
    label: 'member',
  })),
  truncated: false,
});
const run = (...actions: ExplorationAction[]) =>
  actions.reduce(explorationReducer, initialExploration());
const drawn = (history: History<ExplorerGraph>) =>
  visibleGraph(history.present)
    .nodes.map((n) => n.id)
    .sort();

describe('exploration reducer: each step is one undoable value', () => {
  const focused: ExplorationAction = {
    type: 'focused',
    nodeId: 'a',
    subgraph: star('a', 'b', 'c'),
    limit: 10,
  };

  it('focus, expand and undo/redo step through the pictures', () => {
    const expanded = run(focused, {
      type: 'expanded',
      nodeId: 'b',
      relationType: 'MEMBER_OF',
      subgraph: star('b', 'd'),
      limit: 25,
    });
    expect(drawn(expanded)).toEqual(['a', 'b', 'c', 'd']);
    expect(expansions(expanded.present).map((step) => [step.key, step.limit])).toEqual([
      ['b:MEMBER_OF', 25],
    ]);
    const undone = explorationReducer(expanded, { type: 'undone' });
    expect(drawn(undone)).toEqual(['a', 'b', 'c']);
    expect(drawn(explorationReducer(undone, { type: 'redone' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(drawn(explorationReducer(initialExploration(), { type: 'undone' }))).toEqual([]);
  });

  it('the first picture is where undo stops: it never empties the canvas', () => {
    const opened = run({ type: 'overviewShown', subgraph: star('a', 'b') });
    expect(opened.past).toHaveLength(0);
    expect(drawn(explorationReducer(opened, { type: 'undone' }))).toEqual(['a', 'b']);
  });

  it('restoring a shared view replaces the picture with its focus and expansions, in order', () => {
    const restored = run(
      { type: 'focused', nodeId: 'x', subgraph: star('x', 'y'), limit: 10 },
      {
        type: 'restored',
        focus: { nodeId: 'a', relationType: null, subgraph: star('a', 'b'), limit: 10 },
        expansions: [
          { nodeId: 'b', relationType: null, subgraph: star('b', 'c'), limit: 10 },
          { nodeId: 'c', relationType: null, subgraph: star('c', 'd'), limit: 10 },
        ],
        hidden: ['d', 'gone'],
        pinned: new Map([
          ['a', { x: 10, y: 20 }],
          ['gone', { x: 0, y: 0 }],
        ]),
      },
    );
    expect(drawn(restored)).toEqual(['a', 'b', 'c']);
    expect(restored.present.focusId).toBe('a');
    expect(expansions(restored.present).map((step) => step.nodeId)).toEqual(['b', 'c']);
    // Only ids the picture holds are hidden or pinned: a stale id in a link changes nothing.
    expect([...restored.present.hidden]).toEqual(['d']);
    expect([...restored.present.pinned]).toEqual([['a', { x: 10, y: 20 }]]);
    expect(restored.past).toHaveLength(1);
  });

  it('paths are drawn and cleared; hide, show hidden, pin and collapse are steps too', () => {
    const withPaths = run(focused, { type: 'pathsShown', fromId: 'a', subgraph: star('a', 'p') });
    expect(drawn(withPaths)).toEqual(['a', 'b', 'c', 'p']);
    expect(drawn(explorationReducer(withPaths, { type: 'pathsCleared' }))).toEqual(['a', 'b', 'c']);

    const hidden = run(focused, { type: 'hidden', nodeId: 'b' });
    expect(drawn(hidden)).toEqual(['a', 'c']);
    expect(drawn(explorationReducer(hidden, { type: 'hiddenShown' }))).toEqual(['a', 'b', 'c']);
    const pinned = run(focused, { type: 'pinToggled', nodeId: 'a', at: { x: 1.4, y: -2.6 } });
    expect(pinned.present.pinned.get('a')).toEqual({ x: 1, y: -3 });

    const collapsed = run(
      focused,
      { type: 'expanded', nodeId: 'b', relationType: null, subgraph: star('b', 'd'), limit: 10 },
      { type: 'collapsed', nodeId: 'b' },
    );
    expect(drawn(collapsed)).toEqual(['a', 'b', 'c']);
    expect(collapsed.past).toHaveLength(2);
  });

  it('the overview shows the whole small graph with no focus', () => {
    const overview = run({ type: 'overviewShown', subgraph: star('a', 'b') });
    expect(overview.present.focusId).toBeNull();
    expect(drawn(overview)).toEqual(['a', 'b']);
  });
});
