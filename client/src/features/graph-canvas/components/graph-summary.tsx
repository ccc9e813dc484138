import type { VisibleGraph } from '../../../lib/explorer-graph';
import type { CanvasFilter } from '../lib/highlights';
import './graph-summary.css';

/** How much is drawn, and how much of it the filters leave in view. */
export function GraphSummary({ graph, filter }: { graph: VisibleGraph; filter: CanvasFilter }) {
  const { nodes, edges } = graph;
  if (nodes.length === 0) return null;
  const shown = nodes.filter(
    (node) =>
      !filter.hiddenKinds.has(node.kind) && (!filter.onlyIds || filter.onlyIds.has(node.id)),
  ).length;
  return (
    <div className="graph-summary" aria-live="polite">
      {shown < nodes.length
        ? `${shown} of ${nodes.length} nodes shown`
        : `${nodes.length} nodes · ${edges.length} relationships`}
    </div>
  );
}
