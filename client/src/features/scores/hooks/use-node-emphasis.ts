import { useMemo } from 'react';
import type { VisibleGraph } from '../../../lib/explorer-graph';
import { drawnCommunities } from '../lib/communities';
import { nodeSizes } from '../lib/node-size';
import { type RankedNode, topRanked } from '../lib/ranking';
import type { ScoreChoice } from '../lib/score-choice';
import { storedScores } from '../lib/stored-scores';
import { isViewScore, viewScores } from '../lib/view-scores';

const RANKED_COUNT = 10;

export interface NodeEmphasis {
  /** Size in pixels of each drawn node; empty when size shows nothing. */
  sizes: ReadonlyMap<string, number>;
  /** Palette index of each drawn node's community; empty when colour is by kind. */
  communities: ReadonlyMap<string, number>;
  /** The drawn nodes with the highest chosen score, best first. */
  ranked: readonly RankedNode[];
}

function scoresOf(visible: VisibleGraph, choice: ScoreChoice): ReadonlyMap<string, number> {
  if (choice === 'none') return new Map();
  if (isViewScore(choice)) return viewScores(visible, choice);
  return storedScores(visible.nodes, choice);
}

/** Who matters in the picture: node sizes, community colours and the ranked list. */
export function useNodeEmphasis(
  visible: VisibleGraph,
  sizeBy: ScoreChoice,
  byCommunity: boolean,
): NodeEmphasis {
  return useMemo(() => {
    const scores = scoresOf(visible, sizeBy);
    const ids = visible.nodes.map((node) => node.id);
    return {
      sizes: sizeBy === 'none' ? new Map() : nodeSizes(ids, scores),
      communities: byCommunity ? drawnCommunities(visible.nodes) : new Map(),
      ranked: topRanked(visible.nodes, scores, RANKED_COUNT),
    };
  }, [visible, sizeBy, byCommunity]);
}
