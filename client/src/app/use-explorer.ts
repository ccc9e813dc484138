import type { RelationType } from '@guanxi/graph-schema';
import { useMemo, useReducer, useRef, useState } from 'react';
import { useClient } from 'urql';
import {
  getCommonConnections,
  type SharedConnection,
} from '../features/analysis/api/get-common-connections';
import { tiesSubgraph } from '../features/analysis/lib/ties-subgraph';
import { useIndustryReach } from '../features/filters/api/get-industries';
import type {
  CanvasSelection,
  GraphCanvasHandle,
  ScreenPoint,
} from '../features/graph-canvas/components/graph-canvas';
import { useExploration } from '../features/graph-canvas/hooks/use-exploration';
import { getConnections, useConnections } from '../features/paths/api/get-connections';
import { usePathHighlight } from '../features/paths/hooks/use-path-highlight';
import { useNodeEmphasis } from '../features/scores/hooks/use-node-emphasis';
import type { ScoreChoice } from '../features/scores/lib/score-choice';
import { expansions, type Position } from '../lib/explorer-graph';
import { pathsSubgraph } from '../lib/found-path';
import { useHealth } from '../lib/health';
import { decodeViewState, type NeighborhoodSize, type PathQuery } from '../lib/url-state';
import {
  asOfDate,
  selectedNodeId,
  type ViewAction,
  viewReducer,
  initialView,
} from './explorer-view';
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

  const asOf = asOfDate(view);
  const drawPaths = (query: PathQuery, when: string | null) =>
    exploration.showPaths(query.from, async () =>
      pathsSubgraph(await getConnections(client, query, when)),
    );
  const drawShared = (compare: readonly string[], connections: readonly SharedConnection[]) => {
    const [first] = compare;
    if (first) exploration.showShared(first, tiesSubgraph(connections));
  };
  /** A link's shared answer still loading: the address keeps asking for it meanwhile. */
  const [sharedRestoring, setSharedRestoring] = useState(link.sharedDrawn === true);
  const restoreShared = async () => {
    try {
      drawShared(link.compare, await getCommonConnections(client, link.compare));
    } catch {
      // The open shared panel asks the same question and shows why it failed, with a retry.
    } finally {
      setSharedRestoring(false);
    }
  };

  /** What a shared link asked for and the graph could not show, said once on arrival. */
  const [linkNotice, setLinkNotice] = useState<string[]>([]);

  // Once the server answers: the view the link shares, or the overview.
  const health = useHealth(async () => {
    if (link.focus) {
      const outcome = await exploration.restore({
        focusId: link.focus,
        expansions: link.expanded,
        size: view.size,
        asOf,
        hidden: link.hidden,
        pinned: new Map(link.pinned.map(({ id, x, y }) => [id, { x, y }])),
      });
      if (outcome) setLinkNotice(outcome.missing);
      if (outcome && !outcome.focusFound && !link.path) await exploration.overview();
    } else if (!link.path) await exploration.overview();
    if (link.path) await drawPaths(link.path, asOf);
    if (link.sharedDrawn) await restoreShared();
  });

  const reach = useIndustryReach(view.industryId, view.size);
  const paths = useConnections(view.path, asOf);
  const pathsFound = paths.status === 'success' ? paths.data : null;
  const {
    highlight: pathHighlight,
    isolated: isolatedPath,
    toggleIsolation: isolatePath,
  } = usePathHighlight(pathsFound);
  const expandedIds = useMemo(() => new Set(expansions(graph).map((step) => step.nodeId)), [graph]);
  const onlyIds = reach.status === 'success' ? reach.data : null;
  const { hiddenKinds, hiddenTypes } = view;
  const yearChosen = asOf !== null;
  const filter = useMemo(
    () => ({ hiddenKinds, hiddenTypes, onlyIds, yearChosen }),
    [hiddenKinds, hiddenTypes, onlyIds, yearChosen],
  );

  // A hidden node is off the picture, so it is not selected either (nor in a link).
  const pickedId = selectedNodeId(view);
  const selectedId = pickedId && !graph.hidden.has(pickedId) ? pickedId : null;
  const selectedNode = selectedId ? (graph.nodes.get(selectedId) ?? null) : null;
  const pickedEdgeId = view.selection?.group === 'edges' ? view.selection.id : null;
  const selectedEdge = visible.edges.find((edge) => edge.id === pickedEdgeId) ?? null;
  const nameOf = (id: string) => graph.nodes.get(id)?.name ?? id;
  const isDrawn = (id: string) => visible.nodes.some((node) => node.id === id);
  const sharedDrawn =
    view.compare.length >= 2 &&
    (sharedRestoring || graph.steps.some((step) => step.origin === 'shared'));

  const [sizeBy, setSizeBy] = useState<ScoreChoice>(link.sizeBy ?? 'none');
  const [byCommunity, setByCommunity] = useState(link.colourBy === 'community');

  useViewUrl(
    {
      focus: graph.focusId,
      selected: selectedId,
      selectedEdge: selectedEdge?.id ?? null,
      expanded: expansions(graph).map(({ nodeId, relationType }) => ({ nodeId, relationType })),
      hidden: [...graph.hidden],
      pinned: [...graph.pinned].map(([id, { x, y }]) => ({ id, x, y })),
      industry: view.industryId,
      compare: [...view.compare],
      path: view.path,
      hiddenKinds: [...hiddenKinds],
      hiddenTypes: [...hiddenTypes],
      size: view.size,
      asOf: view.asOf,
      ...(view.ingest && { ingest: view.ingest }),
      sizeBy,
      ...(byCommunity && { colourBy: 'community' as const }),
      ...(sharedDrawn && { sharedDrawn: true as const }),
    },
    health.status === 'checked' && health.ok && exploration.activity.pending === null,
  );

  const focusEntity = (id: string, name: string) => {
    dispatch({ type: 'entityFocused', id });
    void exploration.focus(id, name, view.size, asOf);
  };
  /** Applies a view action that may complete a who-knows-whom question, and draws its answer. */
  const changePath = (action: ViewAction) => {
    const next = viewReducer(view, action);
    dispatch(action);
    if (next.path && next.path !== view.path) void drawPaths(next.path, asOf);
  };

  const handlers = {
    select: (selection: CanvasSelection | null) => dispatch({ type: 'canvasSelected', selection }),
    openMenu: (nodeId: string, at: ScreenPoint) => dispatch({ type: 'menuOpened', nodeId, at }),
    navigate: (id: string) => {
      dispatch({ type: 'nodeSelected', id });
      if (isDrawn(id)) canvas.current?.centerOn(id);
      else void exploration.focus(id, nameOf(id), view.size, asOf);
    },
    focusEntity,
    hide: (id: string) => exploration.hide(id),
    /** Pins a node where the canvas draws it now. */
    togglePin: (id: string) => {
      const at: Position | null = canvas.current?.positionOf(id) ?? null;
      if (at) exploration.togglePin(id, at);
    },
    dismissLinkNotice: () => setLinkNotice([]),
    toggleCompare: (id: string) => dispatch({ type: 'compareToggled', id }),
    clearCompare: () => dispatch({ type: 'compareCleared' }),
    drawShared: (connections: readonly SharedConnection[]) => drawShared(view.compare, connections),
    expand: (id: string, relationType: RelationType | null = null, limit?: number) =>
      void exploration.expand(id, relationType, view.size, asOf, limit),
    chooseIndustry: (id: string | null) => {
      dispatch({ type: 'industryChosen', id });
      if (id && !isDrawn(id)) void exploration.focus(id, nameOf(id), view.size, asOf);
    },
    /** A new neighbourhood size reloads the focus with it. */
    chooseSize: (size: NeighborhoodSize) => {
      dispatch({ type: 'sizeChosen', size });
      // The new picture is shown whole: a selection would fade all but its own neighbours.
      dispatch({ type: 'canvasSelected', selection: null });
      if (graph.focusId) void exploration.focus(graph.focusId, nameOf(graph.focusId), size, asOf);
    },
    /** A time slice redraws the view as it was then: every load asked again, as of that year. */
    chooseAsOf: async (year: number | null) => {
      dispatch({ type: 'asOfChosen', year });
      const when = year === null ? null : String(year);
      if (graph.focusId)
        await exploration.restore(
          {
            focusId: graph.focusId,
            expansions: expansions(graph),
            size: view.size,
            asOf: when,
            hidden: [...graph.hidden],
            pinned: graph.pinned,
          },
          year === null ? 'Loading all time' : `Loading ${year}`,
        );
      if (view.path) await drawPaths(view.path, when);
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
        {
          focusId: first.id,
          expansions: others.map((entity) => ({ nodeId: entity.id, relationType: null })),
          size: view.size,
          asOf,
        },
        `Loading ${entities.length} ingested ${entities.length === 1 ? 'entity' : 'entities'}`,
      );
    },
  };

  const comparedIds = useMemo(() => new Set(view.compare), [view.compare]);
  const emphasis = useNodeEmphasis(visible, sizeBy, byCommunity);

  return {
    view,
    dispatch,
    comparedIds,
    whoMatters: { sizeBy, setSizeBy, byCommunity, setByCommunity, emphasis },
    exploration,
    canvas,
    health,
    paths,
    filter,
    pathHighlight,
    isolatedPath,
    isolatePath,
    expandedIds,
    selectedNode,
    selectedEdge,
    nameOf,
    linkNotice,
    handlers,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
