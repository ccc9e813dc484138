import { ActivityIndicator } from '../features/graph-canvas/components/activity-indicator';
import { CanvasToolbar } from '../features/graph-canvas/components/canvas-toolbar';
import { GraphCanvas } from '../features/graph-canvas/components/graph-canvas';
import { GraphSummary } from '../features/graph-canvas/components/graph-summary';
import { Legend } from '../features/graph-canvas/components/legend';
import {
  type NodeMenuCommand,
  NodeContextMenu,
} from '../features/graph-canvas/components/node-context-menu';
import { hasAffiliations } from '@guanxi/graph-schema';
import { expansions } from '../lib/explorer-graph';
import { shortcutLabel } from '../lib/shortcuts';
import { LinkNotice } from './link-notice';
import { StageStatus } from './stage-status';
import type { Explorer } from './use-explorer';
import './stage.css';

/** The canvas and everything drawn over it: toolbar, legend, counts, activity, node menu. */
export function Stage({ explorer }: { explorer: Explorer }) {
  const { view, dispatch, exploration, canvas, handlers } = explorer;
  const { graph, visible, activity } = exploration;
  return (
    <main
      className="stage"
      id="canvas-region"
      aria-label="Graph"
      aria-busy={activity.pending !== null}
    >
      <GraphCanvas
        ref={canvas}
        graph={visible}
        scene={graph.steps[0]?.key ?? 'empty'}
        filter={explorer.filter}
        focusId={graph.focusId}
        selectedId={view.selection?.id ?? null}
        expandedIds={explorer.expandedIds}
        pinned={graph.pinned}
        comparedIds={explorer.comparedIds}
        emphasis={explorer.whoMatters.emphasis}
        onCompare={handlers.toggleCompare}
        path={explorer.pathHighlight}
        onSelect={handlers.select}
        onExpand={(id) => handlers.expand(id)}
        onContextMenu={handlers.openMenu}
      />
      <CanvasToolbar
        buttons={[
          {
            label: 'Fit the graph to the view',
            glyph: '⤢',
            shortcut: shortcutLabel('fit'),
            onClick: () => canvas.current?.fit(),
          },
          {
            label: 'Zoom in',
            glyph: '+',
            shortcut: shortcutLabel('zoomIn'),
            onClick: () => canvas.current?.zoomIn(),
          },
          {
            label: 'Zoom out',
            glyph: '−',
            shortcut: shortcutLabel('zoomOut'),
            onClick: () => canvas.current?.zoomOut(),
          },
          'separator',
          {
            label: 'Undo',
            glyph: '↶',
            shortcut: shortcutLabel('undo'),
            disabled: !exploration.canUndo,
            onClick: exploration.undo,
          },
          {
            label: 'Redo',
            glyph: '↷',
            shortcut: shortcutLabel('redo'),
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
      <GraphSummary graph={visible} filter={explorer.filter} />
      {visible.nodes.length > 0 && <ActivityIndicator activity={activity} />}
      <StageStatus explorer={explorer} />
      <LinkNotice missing={explorer.linkNotice} onDismiss={handlers.dismissLinkNotice} />
      {view.menu && (
        <NodeMenu
          explorer={explorer}
          nodeId={view.menu.nodeId}
          onClose={() => dispatch({ type: 'menuClosed' })}
        />
      )}
    </main>
  );
}

function NodeMenu({
  explorer,
  nodeId,
  onClose,
}: {
  explorer: Explorer;
  nodeId: string;
  onClose(): void;
}) {
  const { view, dispatch, exploration, handlers } = explorer;
  const node = exploration.graph.nodes.get(nodeId);
  if (!node || !view.menu) return null;
  const commands: NodeMenuCommand[] = [
    ...(explorer.expandedIds.has(nodeId)
      ? [{ label: 'Collapse', run: () => exploration.collapse(nodeId) }]
      : []),
    { label: 'Hide', run: () => handlers.hide(nodeId) },
    {
      label: exploration.graph.pinned.has(nodeId) ? 'Unpin' : 'Pin in place',
      run: () => handlers.togglePin(nodeId),
    },
    { label: 'Focus here', run: () => handlers.focusEntity(nodeId, node.name) },
    {
      label: view.compare.includes(nodeId) ? 'Compare: take out' : 'Compare: what do these share?',
      run: () => handlers.toggleCompare(nodeId),
    },
    { label: 'Who knows whom: from here', run: () => handlers.startPath('from', nodeId) },
    { label: 'Who knows whom: to here', run: () => handlers.startPath('to', nodeId) },
    ...(hasAffiliations(node.kind)
      ? [{ label: 'Affiliations', run: () => dispatch({ type: 'tabChosen', tab: 'affiliations' }) }]
      : []),
  ];
  return (
    <NodeContextMenu
      nodeId={nodeId}
      name={node.name}
      at={view.menu.at}
      expansions={expansions(exploration.graph, nodeId)}
      onExpand={(type, limit) => handlers.expand(nodeId, type, limit)}
      commands={commands}
      onClose={onClose}
    />
  );
}
