import type { RelationType } from '@guanxi/graph-schema';
import { useMemo, useReducer, useRef } from 'react';
import { useClient } from 'urql';
import { useIndustryReach } from '../features/filters/api/get-industries';
import type {
  CanvasSelection,
  GraphCanvasHandle,
  ScreenPoint,
} from '../features/graph-canvas/components/graph-canvas';
import { useExploration } from '../features/graph-canvas/hooks/use-exploration';
import {
  getConnections,
  pathsSubgraph,
  useConnections,
} from '../features/paths/api/get-connections';
import { expansions } from '../lib/explorer-graph';
import { useHealth } from '../lib/health';
import { decodeViewState, type NeighborhoodSize, type PathQuery } from '../lib/url-state';
import { selectedNodeId, type ViewAction, viewReducer, initialView } from './explorer-view';
import { useViewUrl } from './use-view-url';

/**
 * The explorer's state and what a person can do with it: the view (a reducer), the explored
 * graph (its own undoable reducer), and event handlers that load data where an action needs it.
 */
export function useExplorer() {
  const link = useMemo(() => decodeViewState(window.location.search), []);
  const [view, dispatch] = useReducer(viewReducer, link, initialView);
  const exploration = useExploration();
  const { graph, visible } = exploration;
  const client = useClient();
  const canvas = useRef<GraphCanvasHandle>(null);

  const drawPaths = (query: PathQuery) =>
    exploration.showPaths(query.from, async () =>
      pathsSubgraph(await getConnections(client, query)),
    );

  // Once the server answers: the view the link shares, or the overview.
  const health = useHealth(async () => {
    if (link.focus) await exploration.restore(link.focus, link.expanded, view.size);
    else if (!link.path) await exploration.overview();
    if (link.path) await drawPaths(link.path);
  });

  const reach = useIndustryReach(view.industryId);
  const paths = useConnections(view.path);
  const pathsFound = paths.status === 'success' ? paths.data : null;
  const pathHighlight = useMemo(
    () =>
      pathsFound && pathsFound.length > 0
        ? {
            nodeIds: new Set(pathsFound.flatMap((path) => path.nodes.map((node) => node.id))),
            edgeIds: new Set(
              pathsFound.flatMap((path) => path.hops.map((hop) => hop.relationshipId)),
            ),
          }
        : null,
    [pathsFound],
  );
  const expandedIds = useMemo(() => new Set(expansions(graph).map((step) => step.nodeId)), [graph]);
  const onlyIds = reach.status === 'success' ? reach.data : null;
  const { hiddenKinds, hiddenTypes } = view;
  const filter = useMemo(
    () => ({ hiddenKinds, hiddenTypes, onlyIds }),
    [hiddenKinds, hiddenTypes, onlyIds],
  );

  const selectedId = selectedNodeId(view);
  const selectedNode = selectedId ? (graph.nodes.get(selectedId) ?? null) : null;
  const selectedEdge =
    view.selection?.group === 'edges' ? (graph.edges.get(view.selection.id) ?? null) : null;
  const nameOf = (id: string) => graph.nodes.get(id)?.name ?? id;
  const isDrawn = (id: string) => visible.nodes.some((node) => node.id === id);

  useViewUrl(
    {
      focus: graph.focusId,
      selected: selectedId,
      expanded: expansions(graph).map(({ nodeId, relationType }) => ({ nodeId, relationType })),
      path: view.path,
      hiddenKinds: [...hiddenKinds],
      hiddenTypes: [...hiddenTypes],
      size: view.size,
      ...(view.ingest && { ingest: view.ingest }),
    },
    health.status === 'checked' && health.ok && exploration.activity.pending === null,
  );

  const focusEntity = (id: string, name: string) => {
    dispatch({ type: 'entityFocused', id });
    void exploration.focus(id, name, view.size);
  };
  /** Applies a view action that may complete a who-knows-whom question, and draws its answer. */
  const changePath = (action: ViewAction) => {
    const next = viewReducer(view, action);
    dispatch(action);
    if (next.path && next.path !== view.path) void drawPaths(next.path);
  };

  const handlers = {
    select: (selection: CanvasSelection | null) => dispatch({ type: 'canvasSelected', selection }),
    openMenu: (nodeId: string, at: ScreenPoint) => dispatch({ type: 'menuOpened', nodeId, at }),
    navigate: (id: string) => {
      dispatch({ type: 'nodeSelected', id });
      if (isDrawn(id)) canvas.current?.centerOn(id);
      else void exploration.focus(id, nameOf(id), view.size);
    },
    focusEntity,
    expand: (id: string, relationType: RelationType | null = null, limit?: number) =>
      void exploration.expand(id, relationType, view.size, limit),
    chooseIndustry: (id: string | null) => {
      dispatch({ type: 'industryChosen', id });
      if (id && !isDrawn(id)) focusEntity(id, nameOf(id));
    },
    /** A new neighbourhood size reloads the focus with it. */
    chooseSize: (size: NeighborhoodSize) => {
      dispatch({ type: 'sizeChosen', size });
      if (graph.focusId) void exploration.focus(graph.focusId, nameOf(graph.focusId), size);
    },
    startPath: (role: 'from' | 'to', id: string) => changePath({ type: 'pathEndChosen', role, id }),
    askPath: (query: PathQuery) => changePath({ type: 'pathAsked', query }),
    clearPath: () => {
      dispatch({ type: 'pathCleared' });
      exploration.clearPaths();
    },
    openIngest: () => dispatch({ type: 'ingestOpened' }),
    closeIngest: () => dispatch({ type: 'ingestClosed' }),
    showIngestDraft: (draftId: string | null) => dispatch({ type: 'ingestDraftShown', draftId }),
    /** Closes the ingest screen and draws what a commit wrote: the first entity in focus, the
     * others expanded around it, so they and their new ties are on the canvas together. */
    showIngested: (entities: readonly { id: string }[]) => {
      const [first, ...others] = entities;
      if (!first) return;
      dispatch({ type: 'ingestClosed' });
      dispatch({ type: 'entityFocused', id: first.id });
      void exploration.restore(
        first.id,
        others.map((entity) => ({ nodeId: entity.id, relationType: null })),
        view.size,
        `Loading ${entities.length} ingested ${entities.length === 1 ? 'entity' : 'entities'}`,
      );
    },
  };

  return {
    view,
    dispatch,
    exploration,
    canvas,
    health,
    paths,
    filter,
    pathHighlight,
    expandedIds,
    selectedNode,
    selectedEdge,
    nameOf,
    handlers,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
