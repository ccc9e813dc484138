import type { RelationType } from '@guanxi/graph-schema';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EXPAND_PAGE, HISTORY_DEPTH } from '../../../config/limits';
import * as explorer from '../../../lib/explorer-graph';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../../lib/history';
import type { ExpansionRef, NeighborhoodSize } from '../../../lib/url-state';
import { getNeighborhood } from '../api/get-neighborhood';
import { getOverview } from '../api/get-overview';

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

/**
 * The exploration: an undoable history of immutable graphs, and the actions that load data
 * and push a new graph. Every action is one undo step.
 */
export function useExploration(size: NeighborhoodSize) {
  const sizeRef = useRef(size);
  useEffect(() => {
    sizeRef.current = size;
  });
  const [history, setHistory] = useState(() => startHistory(explorer.emptyGraph));
  const [activity, setActivity] = useState<Activity>({ pending: null, error: null, retry: null });
  const generation = useRef(0);
  /** How many entities the database holds, once the overview has asked. */
  const [total, setTotal] = useState<number | null>(null);
  const graph = history.present;

  const commit = useCallback(
    (change: (graph: explorer.ExplorerGraph) => explorer.ExplorerGraph) =>
      setHistory((current) => record(current, change(current.present), HISTORY_DEPTH)),
    [],
  );

  /** Runs a load; a newer load makes an older one's answer irrelevant. */
  const run = useCallback((pending: string, load: () => Promise<void>): Promise<void> => {
    const attempt = async (): Promise<void> => {
      const ticket = ++generation.current;
      setActivity({ pending, error: null, retry: null });
      try {
        await load();
        if (ticket === generation.current) setActivity({ pending: null, error: null, retry: null });
      } catch (error) {
        if (ticket === generation.current)
          setActivity({ pending: null, error: asApiError(error), retry: () => void attempt() });
      }
    };
    return attempt();
  }, []);

  const focus = useCallback(
    (id: string, name = 'the entity'): Promise<void> =>
      run(`Loading ${name}'s neighbourhood`, async () => {
        const { depth, limit } = sizeRef.current;
        const subgraph = await getNeighborhood({ id, depth, limit });
        commit((current) => explorer.focusOn(current, id, subgraph, limit));
      }),
    [commit, run],
  );

  const expand = useCallback(
    (id: string, relationType: RelationType | null, pageSize?: number): Promise<void> =>
      run('Expanding', async () => {
        const limit = pageSize ?? expansionLimit(relationType, sizeRef.current);
        const subgraph = await getNeighborhood({
          id,
          limit,
          relationTypes: relationType ? [relationType] : undefined,
        });
        commit((current) => explorer.expand(current, id, relationType, subgraph, limit));
      }),
    [commit, run],
  );

  const overview = useCallback(
    (): Promise<void> =>
      run('Loading the graph', async () => {
        const result = await getOverview();
        setTotal(result.total);
        const subgraph = result.subgraph;
        if (subgraph) commit((current) => explorer.showOverview(current, subgraph));
      }),
    [commit, run],
  );

  /** Rebuilds a shared view (focus, then each expansion in order) as one undo step. */
  const restore = useCallback(
    (focusId: string, expansions: readonly ExpansionRef[]): Promise<void> =>
      run('Restoring the shared view', async () => {
        const size = sizeRef.current;
        let next = explorer.focusOn(
          explorer.emptyGraph,
          focusId,
          await getNeighborhood({ id: focusId, depth: size.depth, limit: size.limit }),
          size.limit,
        );
        const pages = await Promise.all(
          expansions.map(({ nodeId, relationType }) =>
            getNeighborhood({
              id: nodeId,
              limit: expansionLimit(relationType, size),
              relationTypes: relationType ? [relationType] : undefined,
            }),
          ),
        );
        expansions.forEach(({ nodeId, relationType }, index) => {
          const page = pages[index];
          if (page)
            next = explorer.expand(
              next,
              nodeId,
              relationType,
              page,
              expansionLimit(relationType, size),
            );
        });
        commit(() => next);
      }),
    [commit, run],
  );

  const actions = useMemo(
    () => ({
      focus,
      expand,
      overview,
      restore,
      collapse: (id: string) => commit((current) => explorer.collapse(current, id)),
      hide: (id: string) => commit((current) => explorer.hide(current, id)),
      showHidden: () => commit(explorer.showHidden),
      togglePin: (id: string) => commit((current) => explorer.togglePin(current, id)),
      showPaths: (fromId: string, subgraph: explorer.Subgraph) =>
        commit((current) => explorer.showPaths(current, fromId, subgraph)),
      clearPaths: () => commit(explorer.clearPaths),
      undo: () => setHistory(undo),
      redo: () => setHistory(redo),
      dismissError: () => setActivity((current) => ({ ...current, error: null, retry: null })),
    }),
    [commit, expand, focus, overview, restore],
  );

  const visible = useMemo(() => explorer.visibleGraph(graph), [graph]);
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
