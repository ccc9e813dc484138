import type { RelationType } from '@guanxi/graph-schema';
import { HISTORY_DEPTH } from '../../../config/limits';
import * as explorer from '../../../lib/explorer-graph';
import { type History, record, redo, startHistory, undo } from '../../../lib/history';

type Graph = explorer.ExplorerGraph;

/** A page of neighbours loaded around one node, as the step that drew it will remember it. */
export interface LoadedExpansion {
  nodeId: string;
  relationType: RelationType | null;
  subgraph: explorer.Subgraph;
  limit: number;
}

/** What happened to the exploration; each one except undo and redo is one undo step. */
export type ExplorationAction =
  | { type: 'focused'; nodeId: string; subgraph: explorer.Subgraph; limit: number }
  | { type: 'overviewShown'; subgraph: explorer.Subgraph }
  | ({ type: 'expanded' } & LoadedExpansion)
  | {
      type: 'restored';
      focus: LoadedExpansion;
      expansions: readonly LoadedExpansion[];
      hidden: readonly string[];
      pinned: ReadonlyMap<string, explorer.Position>;
    }
  | { type: 'pathsShown'; fromId: string; subgraph: explorer.Subgraph }
  | { type: 'pathsCleared' }
  | { type: 'sharedShown'; fromId: string; subgraph: explorer.Subgraph }
  | { type: 'collapsed'; nodeId: string }
  | { type: 'hidden'; nodeId: string }
  | { type: 'hiddenShown' }
  | { type: 'pinToggled'; nodeId: string; at: explorer.Position }
  | { type: 'undone' }
  | { type: 'redone' };

export const initialExploration = (): History<Graph> => startHistory(explorer.emptyGraph);

const expandWith = (graph: Graph, { nodeId, relationType, subgraph, limit }: LoadedExpansion) =>
  explorer.expand(graph, nodeId, relationType, subgraph, limit);

function nextGraph(graph: Graph, action: ExplorationAction): Graph {
  switch (action.type) {
    case 'focused':
      return explorer.focusOn(graph, action.nodeId, action.subgraph, action.limit);
    case 'overviewShown':
      return explorer.showOverview(graph, action.subgraph);
    case 'expanded':
      return expandWith(graph, action);
    case 'restored': {
      // A shared view replaces whatever was there: the focus, then each expansion in order.
      const { nodeId, subgraph, limit } = action.focus;
      const focused = explorer.focusOn(explorer.emptyGraph, nodeId, subgraph, limit);
      const expanded = action.expansions.reduce(expandWith, focused);
      return explorer.withViewMarks(expanded, action.hidden, action.pinned);
    }
    case 'pathsShown':
      return explorer.showPaths(graph, action.fromId, action.subgraph);
    case 'pathsCleared':
      return explorer.clearPaths(graph);
    case 'sharedShown':
      return explorer.showShared(graph, action.fromId, action.subgraph);
    case 'collapsed':
      return explorer.collapse(graph, action.nodeId);
    case 'hidden':
      return explorer.hide(graph, action.nodeId);
    case 'hiddenShown':
      return explorer.showHidden(graph);
    case 'pinToggled':
      return explorer.togglePin(graph, action.nodeId, action.at);
    case 'undone':
    case 'redone':
      return graph;
  }
}

/** The exploration as an undoable history of immutable graphs. */
export function explorationReducer(
  history: History<Graph>,
  action: ExplorationAction,
): History<Graph> {
  if (action.type === 'undone') return undo(history);
  if (action.type === 'redone') return redo(history);
  const next = nextGraph(history.present, action);
  // The first picture is where an exploration starts, not a step of it: undo never empties the canvas.
  if (history.present === explorer.emptyGraph) return startHistory(next);
  return record(history, next, HISTORY_DEPTH);
}
