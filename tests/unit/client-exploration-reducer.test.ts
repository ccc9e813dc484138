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
      },
    );
    expect(drawn(restored)).toEqual(['a', 'b', 'c', 'd']);
    expect(restored.present.focusId).toBe('a');
    expect(expansions(restored.present).map((step) => step.nodeId)).toEqual(['b', 'c']);
    expect(restored.past).toHaveLength(2);
  });

  it('paths are drawn and cleared; hide, show hidden, pin and collapse are steps too', () => {
    const withPaths = run(focused, { type: 'pathsShown', fromId: 'a', subgraph: star('a', 'p') });
    expect(drawn(withPaths)).toEqual(['a', 'b', 'c', 'p']);
    expect(drawn(explorationReducer(withPaths, { type: 'pathsCleared' }))).toEqual(['a', 'b', 'c']);

    const hidden = run(focused, { type: 'hidden', nodeId: 'b' });
    expect(drawn(hidden)).toEqual(['a', 'c']);
    expect(drawn(explorationReducer(hidden, { type: 'hiddenShown' }))).toEqual(['a', 'b', 'c']);
    expect(run(focused, { type: 'pinToggled', nodeId: 'a' }).present.pinned.has('a')).toBe(true);

    const collapsed = run(
      focused,
      { type: 'expanded', nodeId: 'b', relationType: null, subgraph: star('b', 'd'), limit: 10 },
      { type: 'collapsed', nodeId: 'b' },
    );
    expect(drawn(collapsed)).toEqual(['a', 'b', 'c']);
    expect(collapsed.past).toHaveLength(3);
  });

  it('the overview shows the whole small graph with no focus', () => {
    const overview = run({ type: 'overviewShown', subgraph: star('a', 'b') });
    expect(overview.present.focusId).toBeNull();
    expect(drawn(overview)).toEqual(['a', 'b']);
  });
});
