import type { RelationType } from '@guanxi/graph-schema';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { useClient } from 'urql';
import { EXPAND_PAGE } from '../../../config/limits';
import { type Position, type Subgraph, visibleGraph } from '../../../lib/explorer-graph';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import { canRedo, canUndo } from '../../../lib/history';
import type { ExpansionRef, NeighborhoodSize } from '../../../lib/url-state';
import { getNeighborhood } from '../api/get-neighborhood';
import { getOverview } from '../api/get-overview';
import {
  explorationReducer,
  initialExploration,
  type LoadedExpansion,
} from '../lib/exploration-reducer';

/** Expanding by one type pages through neighbours; expanding everything follows the size setting. */
const expansionLimit = (relationType: RelationType | null, size: NeighborhoodSize): number =>
  relationType ? EXPAND_PAGE : size.limit;

export interface Activity {
  /** What is loading, in words: "Loading Pei Gang's neighbourhood". */
  pending: string | null;
  error: ApiError | null;
  /** The last thing that failed, so that "Try again" repeats it. */
  retry: (() => void) | null;
}

const idle: Activity = { pending: null, error: null, retry: null };

/** A view to rebuild: a shared link's, or the entities an ingest commit wrote. */
export interface RestoreRequest {
  focusId: string;
  expansions: readonly ExpansionRef[];
  size: NeighborhoodSize;
  /** The date the graph is read as of; null: all time. */
  asOf: string | null;
  hidden?: readonly string[];
  pinned?: ReadonlyMap<string, Position>;
}

/** What a rebuilt view could not show: ids the graph does not hold (any more). */
export interface RestoreOutcome {
  focusFound: boolean;
  missing: string[];
}

/** An entity that is not there is an answer (it was deleted or merged), not a failure. */
async function unlessMissing<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (asApiError(error).code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The exploration: an undoable history of immutable graphs (see the reducer), and the actions
 * that load data and record a step. Loads go through the GraphQL client's cache.
 */
export function useExploration() {
  const client = useClient();
  const [history, dispatch] = useReducer(explorationReducer, undefined, initialExploration);
  const [activity, setActivity] = useState<Activity>(idle);
  const generation = useRef(0);
  /** How many entities the database holds, once the overview has asked. */
  const [total, setTotal] = useState<number | null>(null);
  const graph = history.present;

  /** Runs a load; a newer load makes an older one's answer irrelevant. */
  const run = useCallback((pending: string, load: () => Promise<void>): Promise<void> => {
    const attempt = async (): Promise<void> => {
      const ticket = ++generation.current;
      setActivity({ pending, error: null, retry: null });
      try {
        await load();
        if (ticket === generation.current) setActivity(idle);
      } catch (error) {
        if (ticket === generation.current)
          setActivity({ pending: null, error: asApiError(error), retry: () => void attempt() });
      }
    };
    return attempt();
  }, []);

  const loadExpansion = useCallback(
    async (
      nodeId: string,
      relationType: RelationType | null,
      limit: number,
      asOf: string | null,
    ): Promise<LoadedExpansion> => {
      const relationTypes = relationType ? [relationType] : undefined;
      const subgraph = await getNeighborhood(client, { id: nodeId, limit, relationTypes, asOf });
      return { nodeId, relationType, subgraph, limit };
    },
    [client],
  );

  const actions = useMemo(
    () => ({
      focus: (
        id: string,
        name: string,
        { depth, limit }: NeighborhoodSize,
        asOf: string | null,
      ): Promise<void> =>
        run(`Loading ${name}'s neighbourhood`, async () => {
          const subgraph = await getNeighborhood(client, { id, depth, limit, asOf });
          dispatch({ type: 'focused', nodeId: id, subgraph, limit });
        }),

      /** Neighbours of one type (or all); `limit` asks for a larger page of a capped step. */
      expand: (
        id: string,
        relationType: RelationType | null,
        size: NeighborhoodSize,
        asOf: string | null,
        limit = expansionLimit(relationType, size),
      ): Promise<void> =>
        run('Expanding', async () => {
          dispatch({ type: 'expanded', ...(await loadExpansion(id, relationType, limit, asOf)) });
        }),

      overview: (): Promise<void> =>
        run('Loading the graph', async () => {
          const result = await getOverview(client);
          setTotal(result.total);
          if (result.subgraph) dispatch({ type: 'overviewShown', subgraph: result.subgraph });
        }),

      /**
       * Rebuilds a view (focus, then each expansion in order) as one undo step; also how a set
       * of entities (an ingest commit's) comes onto the canvas together. Ids the graph no
       * longer holds are left out and reported, so one stale id never loses the rest of the view.
       * Resolves to null when the load failed (the activity then says why and offers a retry).
       */
      restore: async (
        { focusId, expansions: refs, size, asOf, hidden = [], pinned = new Map() }: RestoreRequest,
        pending = 'Restoring the shared view',
      ): Promise<RestoreOutcome | null> => {
        let outcome: RestoreOutcome | null = null;
        await run(pending, async () => {
          const [focus, ...loaded] = await Promise.all([
            unlessMissing(
              getNeighborhood(client, {
                id: focusId,
                depth: size.depth,
                limit: size.limit,
                asOf,
              }),
            ).then((subgraph) =>
              subgraph
                ? { nodeId: focusId, relationType: null, subgraph, limit: size.limit }
                : null,
            ),
            ...refs.map(({ nodeId, relationType }) =>
              unlessMissing(
                loadExpansion(nodeId, relationType, expansionLimit(relationType, size), asOf),
              ),
            ),
          ]);
          if (!focus) {
            outcome = { focusFound: false, missing: [focusId] };
            return;
          }
          const expansions = loaded.filter((expansion) => expansion !== null);
          const drawn = new Set(
            [focus, ...expansions].flatMap((step) => step.subgraph.nodes.map((node) => node.id)),
          );
          const missing = [
            ...refs.filter((_, index) => loaded[index] === null).map((ref) => ref.nodeId),
            ...[...hidden, ...pinned.keys()].filter((id) => !drawn.has(id)),
          ];
          dispatch({ type: 'restored', focus, expansions, hidden, pinned });
          outcome = { focusFound: true, missing: [...new Set(missing)] };
        });
        return outcome;
      },

      /** Draws an answer over the picture once it arrives; `load` asks the question. */
      showPaths: (fromId: string, load: () => Promise<Subgraph>): Promise<void> =>
        run('Finding connections', async () => {
          const subgraph = await load();
          if (subgraph.nodes.length > 0) dispatch({ type: 'pathsShown', fromId, subgraph });
        }),

      /** Draws what several entities share over the picture (replacing an earlier answer). */
      showShared: (fromId: string, subgraph: Subgraph) =>
        dispatch({ type: 'sharedShown', fromId, subgraph }),
      clearPaths: () => dispatch({ type: 'pathsCleared' }),
      collapse: (nodeId: string) => dispatch({ type: 'collapsed', nodeId }),
      hide: (nodeId: string) => dispatch({ type: 'hidden', nodeId }),
      showHidden: () => dispatch({ type: 'hiddenShown' }),
      togglePin: (nodeId: string, at: Position) => dispatch({ type: 'pinToggled', nodeId, at }),
      undo: () => dispatch({ type: 'undone' }),
      redo: () => dispatch({ type: 'redone' }),
    }),
    [client, loadExpansion, run],
  );

  const visible = useMemo(() => visibleGraph(graph), [graph]);
  return {
    graph,
    visible,
    activity,
    total,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    ...actions,
  };
}
