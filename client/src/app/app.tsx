import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { StatusMessage } from '../components/status-message';
import { AffiliationsPanel } from '../features/affiliations/components/affiliations-panel';
import type { EvidenceQuote } from '../features/details/api/get-entity-details';
import { EdgeDetailsPanel } from '../features/details/components/edge-details-panel';
import { EntityDetailsPanel } from '../features/details/components/entity-details-panel';
import { SourceViewer } from '../features/details/components/source-viewer';
import { ExportMenu } from '../features/export/components/export-menu';
import { graphiqlLink } from '../features/export/lib/graphiql-link';
import { getIndustryReach } from '../features/filters/api/get-industries';
import { FiltersPanel } from '../features/filters/components/filters-panel';
import { CanvasToolbar } from '../features/graph-canvas/components/canvas-toolbar';
import {
  type CanvasSelection,
  GraphCanvas,
  type GraphCanvasHandle,
  type ScreenPoint,
} from '../features/graph-canvas/components/graph-canvas';
import { Legend } from '../features/graph-canvas/components/legend';
import { NodeContextMenu } from '../features/graph-canvas/components/node-context-menu';
import { useExploration } from '../features/graph-canvas/hooks/use-exploration';
import { pathsSubgraph } from '../features/paths/api/get-connections';
import { PathsPanel } from '../features/paths/components/paths-panel';
import { useConnections } from '../features/paths/hooks/use-connections';
import { EntitySearch } from '../features/search/components/entity-search';
import { MAX_HOPS } from '../config/limits';
import { GRAPHQL_ENDPOINT } from '../lib/graphql-client';
import { checkHealth } from '../lib/health';
import { useQuery } from '../lib/use-query';
import { decodeViewState, type NeighborhoodSize, type PathQuery } from '../lib/url-state';
import { Inspector, type InspectorTab } from './inspector';
import { useShortcuts } from './use-shortcuts';
import { useViewUrl } from './use-view-url';
import { viewQuery } from './view-query';

const toggled = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
};

/** Composes the explorer: search, filters, canvas, inspector, and the state a link restores. */
export function App() {
  const initial = useMemo(() => decodeViewState(window.location.search), []);
  const [size, setSize] = useState<NeighborhoodSize>(initial.size);
  const exploration = useExploration(size);
  const { graph, visible, activity } = exploration;
  const canvas = useRef<GraphCanvasHandle>(null);

  const [selection, setSelection] = useState<CanvasSelection | null>(
    initial.selected ? { group: 'nodes', id: initial.selected } : null,
  );
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<EntityKind>>(
    new Set(initial.hiddenKinds),
  );
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<RelationType>>(
    new Set(initial.hiddenTypes),
  );
  const [industryId, setIndustryId] = useState<string | null>(null);
  const [pathQuery, setPathQuery] = useState<PathQuery | null>(initial.path);
  // The question being put together (one end may still be missing), e.g. from the node menu.
  const [pathDraft, setPathDraft] = useState<PathQuery>(
    initial.path ?? { from: '', to: '', maxHops: MAX_HOPS.default, avoid: [] },
  );
  const [tab, setTab] = useState<InspectorTab>(initial.path ? 'paths' : 'details');
  const [menu, setMenu] = useState<{ nodeId: string; at: ScreenPoint } | null>(null);
  const [quote, setQuote] = useState<{ evidence: EvidenceQuote; about: string } | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const health = useQuery('health', checkHealth);
  const healthy = health.status === 'success' && health.data.ok;
  const reach = useQuery(industryId ? `reach:${industryId}` : null, (signal) =>
    getIndustryReach(industryId ?? '', signal),
  );
  const paths = useConnections(pathQuery);
  const pathsData = paths.status === 'success' ? paths.data : null;

  // First load, once the server is known to answer: the shared view, or the overview.
  const started = useRef(false);
  useEffect(() => {
    if (!healthy || started.current) return;
    started.current = true;
    if (initial.focus) void exploration.restore(initial.focus, initial.expanded);
    else if (!initial.path) void exploration.overview();
  }, [healthy, initial, exploration]);

  // A new neighbourhood size reloads the focus with it.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    void exploration.focus(id, exploration.graph.nodes.get(id)?.name);
  }, [size, exploration]);

  // Draw each new answer to the who-knows-whom question once.
  const drawnPaths = useRef<unknown>(null);
  useEffect(() => {
    if (!pathsData || !pathQuery || drawnPaths.current === pathsData) return;
    drawnPaths.current = pathsData;
    if (pathsData.length > 0) exploration.showPaths(pathQuery.from, pathsSubgraph(pathsData));
  }, [pathsData, pathQuery, exploration]);

  const pathHighlight = useMemo(
    () =>
      pathsData && pathsData.length > 0
        ? {
            nodeIds: new Set(pathsData.flatMap((path) => path.nodes.map((node) => node.id))),
            edgeIds: new Set(
              pathsData.flatMap((path) => path.hops.map((hop) => hop.relationshipId)),
            ),
          }
        : null,
    [pathsData],
  );
  const expandedIds = useMemo(
    () =>
      new Set(graph.steps.filter((step) => step.origin === 'expand').map((step) => step.nodeId)),
    [graph.steps],
  );
  const onlyIds = reach.status === 'success' ? reach.data : null;
  const filter = useMemo(
    () => ({ hiddenKinds, hiddenTypes, onlyIds }),
    [hiddenKinds, hiddenTypes, onlyIds],
  );

  const shownCount = visible.nodes.filter(
    (node) => !hiddenKinds.has(node.kind) && (!onlyIds || onlyIds.has(node.id)),
  ).length;
  const selectedNode =
    selection?.group === 'nodes' ? (graph.nodes.get(selection.id) ?? null) : null;
  const selectedEdge =
    selection?.group === 'edges' ? (graph.edges.get(selection.id) ?? null) : null;
  const edgeSource = selectedEdge ? graph.nodes.get(selectedEdge.source) : undefined;
  const edgeTarget = selectedEdge ? graph.nodes.get(selectedEdge.target) : undefined;
  const nameOf = (id: string) => graph.nodes.get(id)?.name ?? id;

  useViewUrl(
    {
      focus: graph.focusId,
      selected: selection?.group === 'nodes' ? selection.id : null,
      expanded: graph.steps
        .filter((step) => step.origin === 'expand')
        .map(({ nodeId, relationType }) => ({ nodeId, relationType })),
      path: pathQuery,
      hiddenKinds: [...hiddenKinds],
      hiddenTypes: [...hiddenTypes],
      size,
    },
    healthy && activity.pending === null,
  );

  const navigate = (id: string) => {
    setSelection({ group: 'nodes', id });
    if (visible.nodes.some((node) => node.id === id)) canvas.current?.centerOn(id);
    else void exploration.focus(id, nameOf(id));
  };
  const focusEntity = (id: string, name: string) => {
    setSelection({ group: 'nodes', id });
    setTab('details');
    setMenu(null);
    void exploration.focus(id, name);
  };
  const startPath = (role: 'from' | 'to', id: string) => {
    const next = { ...pathDraft, [role]: id };
    setPathDraft(next);
    setTab('paths');
    if (next.from && next.to) setPathQuery(next);
  };
  const chooseIndustry = (id: string | null) => {
    setIndustryId(id);
    if (id && !visible.nodes.some((node) => node.id === id)) focusEntity(id, nameOf(id));
  };

  const selectedId = selection?.id ?? null;
  useShortcuts({
    '/': () => document.querySelector<HTMLInputElement>('.topbar input[role="combobox"]')?.focus(),
    'mod+z': exploration.undo,
    'mod+shift+z': exploration.redo,
    'mod+y': exploration.redo,
    f: () => canvas.current?.fit(),
    '+': () => canvas.current?.zoomBy(1.25),
    '=': () => canvas.current?.zoomBy(1.25),
    '-': () => canvas.current?.zoomBy(0.8),
    Escape: () => {
      setMenu(null);
      setSelection(null);
    },
    ...(selectedNode && {
      Delete: () => exploration.hide(selectedNode.id),
      h: () => exploration.hide(selectedNode.id),
      p: () => exploration.togglePin(selectedNode.id),
      c: () => exploration.collapse(selectedNode.id),
      e: () => void exploration.expand(selectedNode.id, null),
    }),
  });

  const menuNode = menu ? graph.nodes.get(menu.nodeId) : undefined;
  const title = selectedNode?.name ?? (graph.focusId ? nameOf(graph.focusId) : 'Guanxi overview');
  const query = viewQuery(graph.focusId, pathQuery, size);

  const stageStatus = (() => {
    if (health.status === 'loading') return <StatusMessage tone="loading" title="Connecting…" />;
    if (health.status === 'success' && !health.data.ok)
      return (
        <StatusMessage tone="error" title="Guanxi cannot reach its data" onRetry={health.retry}>
          <p>{health.data.reason}</p>
          <p>The server may be starting or the database may be down. Try again in a moment.</p>
        </StatusMessage>
      );
    if (visible.nodes.length > 0) return null;
    if (activity.pending) return <StatusMessage tone="loading" title={`${activity.pending}…`} />;
    if (activity.error)
      return (
        <StatusMessage tone="error" title="That did not work" onRetry={activity.retry ?? undefined}>
          <p>{activity.error.message}</p>
        </StatusMessage>
      );
    if (exploration.total === 0)
      return (
        <StatusMessage tone="neutral" title="The graph is empty">
          <p>
            No entity has been loaded into the database yet. Run the seed to load the article graph.
          </p>
        </StatusMessage>
      );
    if (pathQuery) return null;
    return (
      <StatusMessage tone="neutral" title="Start with a name">
        <p>
          Search for a person, institution, event, place or industry above, or pick an industry on
          the left.
        </p>
      </StatusMessage>
    );
  })();

  return (
    <div className="app">
      <a className="skip-link" href="#canvas-region">
        Skip to the graph
      </a>
      <header className="topbar">
        <div className="brand">
          Guanxi <small>who knows whom</small>
        </div>
        <EntitySearch
          label="Search the graph"
          placeholder="Search people, institutions, events…  ( / )"
          onPick={(hit) => focusEntity(hit.id, hit.name)}
          testId="main-search"
        />
        <div className="topbar-actions">
          <button
            type="button"
            className="button only-narrow"
            aria-expanded={filtersOpen}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters
          </button>
          <ExportMenu
            fileStem={`guanxi-${graph.focusId ?? 'overview'}`}
            png={() => canvas.current?.png() ?? ''}
            cyjs={() => canvas.current?.cyjs(title)}
            graphiqlUrl={graphiqlLink(GRAPHQL_ENDPOINT, query.query, query.variables)}
            disabled={visible.nodes.length === 0}
          />
          <a
            className="button button-quiet"
            href={GRAPHQL_ENDPOINT}
            target="_blank"
            rel="noreferrer"
          >
            GraphiQL
          </a>
        </div>
      </header>

      <aside className={`sidebar${filtersOpen ? ' open' : ''}`} aria-label="Filters and legend">
        <button type="button" className="button only-narrow" onClick={() => setFiltersOpen(false)}>
          Close filters
        </button>
        <FiltersPanel
          graph={visible}
          hiddenKinds={hiddenKinds}
          hiddenTypes={hiddenTypes}
          industryId={industryId}
          onToggleKind={(kind) => setHiddenKinds((current) => toggled(current, kind))}
          onToggleType={(type) => setHiddenTypes((current) => toggled(current, type))}
          onIndustry={chooseIndustry}
          size={size}
          onSize={(next) => {
            setSize(next);
            if (graph.focusId) refocus.current = graph.focusId;
          }}
        />
      </aside>

      <main className="stage" id="canvas-region" aria-label="Graph">
        <GraphCanvas
          ref={canvas}
          graph={visible}
          scene={graph.steps[0]?.key ?? 'empty'}
          filter={filter}
          focusId={graph.focusId}
          selectedId={selectedId}
          expandedIds={expandedIds}
          pinnedIds={graph.pinned}
          path={pathHighlight}
          onSelect={(next) => {
            setSelection(next);
            setMenu(null);
            if (next) setTab((current) => (current === 'paths' ? current : 'details'));
          }}
          onExpand={(id) => void exploration.expand(id, null)}
          onContextMenu={(nodeId, at) => {
            setSelection({ group: 'nodes', id: nodeId });
            setMenu({ nodeId, at });
          }}
        />
        <CanvasToolbar
          buttons={[
            {
              label: 'Fit the graph to the view',
              glyph: '⤢',
              shortcut: 'F',
              onClick: () => canvas.current?.fit(),
            },
            {
              label: 'Zoom in',
              glyph: '+',
              shortcut: '+',
              onClick: () => canvas.current?.zoomBy(1.25),
            },
            {
              label: 'Zoom out',
              glyph: '−',
              shortcut: '-',
              onClick: () => canvas.current?.zoomBy(0.8),
            },
            'separator',
            {
              label: 'Undo',
              glyph: '↶',
              shortcut: 'Ctrl+Z',
              disabled: !exploration.canUndo,
              onClick: exploration.undo,
            },
            {
              label: 'Redo',
              glyph: '↷',
              shortcut: 'Ctrl+Shift+Z',
              disabled: !exploration.canRedo,
              onClick: exploration.redo,
            },
            'separator',
            {
              label: `Show hidden nodes (${graph.hidden.size})`,
              glyph: '◎',
              disabled: graph.hidden.size === 0,
              onClick: exploration.showHidden,
            },
          ]}
        />
        <Legend />
        {visible.nodes.length > 0 && (
          <div className="graph-summary" aria-live="polite">
            {shownCount < visible.nodes.length
              ? `${shownCount} of ${visible.nodes.length} nodes shown`
              : `${visible.nodes.length} nodes · ${visible.edges.length} relationships`}
          </div>
        )}
        {(activity.pending || activity.error) && visible.nodes.length > 0 && (
          <div
            className={`activity${activity.error ? ' activity-error' : ''}`}
            role={activity.error ? 'alert' : 'status'}
          >
            {activity.pending && <span className="spinner" aria-hidden="true" />}
            {activity.pending ? `${activity.pending}…` : activity.error?.message}
            {activity.error && activity.retry && (
              <button type="button" className="button" onClick={activity.retry}>
                Try again
              </button>
            )}
          </div>
        )}
        {stageStatus && <div className="canvas-status">{stageStatus}</div>}
        {menu && menuNode && (
          <NodeContextMenu
            nodeId={menu.nodeId}
            name={menuNode.name}
            at={menu.at}
            expansions={graph.steps.filter(
              (step) => step.origin === 'expand' && step.nodeId === menu.nodeId,
            )}
            onExpand={(type, limit) => void exploration.expand(menu.nodeId, type, limit)}
            commands={[
              ...(expandedIds.has(menu.nodeId)
                ? [{ label: 'Collapse', run: () => exploration.collapse(menu.nodeId) }]
                : []),
              { label: 'Hide', run: () => exploration.hide(menu.nodeId) },
              {
                label: graph.pinned.has(menu.nodeId) ? 'Unpin' : 'Pin in place',
                run: () => exploration.togglePin(menu.nodeId),
              },
              { label: 'Focus here', run: () => focusEntity(menu.nodeId, menuNode.name) },
              { label: 'Who knows whom: from here', run: () => startPath('from', menu.nodeId) },
              { label: 'Who knows whom: to here', run: () => startPath('to', menu.nodeId) },
              { label: 'Affiliations', run: () => setTab('affiliations') },
            ]}
            onClose={() => setMenu(null)}
          />
        )}
      </main>

      <Inspector tab={tab} onTab={setTab}>
        {tab === 'details' &&
          (selectedNode ? (
            <EntityDetailsPanel
              id={selectedNode.id}
              onNavigate={navigate}
              onOpenQuote={(evidence, about) => setQuote({ evidence, about })}
              actions={[
                { label: 'Expand', run: () => void exploration.expand(selectedNode.id, null) },
                { label: 'Focus', run: () => focusEntity(selectedNode.id, selectedNode.name) },
                { label: 'Affiliations', run: () => setTab('affiliations') },
                { label: 'Paths from here', run: () => startPath('from', selectedNode.id) },
              ]}
            />
          ) : selectedEdge && edgeSource && edgeTarget ? (
            <EdgeDetailsPanel
              edge={selectedEdge}
              source={edgeSource}
              target={edgeTarget}
              onNavigate={navigate}
              onOpenQuote={(evidence, about) => setQuote({ evidence, about })}
            />
          ) : (
            <StatusMessage tone="neutral" title="Nothing selected">
              <p>Select a node or a relationship to see what the sources say about it.</p>
              <p>Double-click a node to expand it; right-click (or press M) for more.</p>
              <p className="more-note">
                Keys: / search · Tab to the graph, then arrows walk the nodes · Enter expands · M
                menu · H hide · P pin · C collapse · F fit · + and − zoom · Ctrl+Z undo
              </p>
            </StatusMessage>
          ))}
        {tab === 'paths' && (
          <PathsPanel
            key={`${pathDraft.from}>${pathDraft.to}`}
            draft={pathDraft}
            query={pathQuery}
            result={paths}
            nameOf={nameOf}
            selectedNode={selectedNode ? { id: selectedNode.id, name: selectedNode.name } : null}
            renderPicker={({ label, onPick }) => (
              <EntitySearch
                label={label}
                placeholder="Type a name…"
                onPick={(hit) => onPick({ id: hit.id, name: hit.name })}
              />
            )}
            onSubmit={(question) => {
              setPathDraft(question);
              setPathQuery(question);
            }}
            onClear={() => {
              setPathQuery(null);
              setPathDraft({ from: '', to: '', maxHops: MAX_HOPS.default, avoid: [] });
              exploration.clearPaths();
            }}
            onNavigate={navigate}
          />
        )}
        {tab === 'affiliations' &&
          (selectedNode ? (
            <AffiliationsPanel id={selectedNode.id} onNavigate={navigate} />
          ) : (
            <StatusMessage tone="neutral" title="Select a person or an institution">
              <p>Their institutions, parent bodies and people appear here.</p>
            </StatusMessage>
          ))}
      </Inspector>

      {quote && (
        <SourceViewer
          evidence={quote.evidence}
          about={quote.about}
          onClose={() => setQuote(null)}
        />
      )}
    </div>
  );
}
