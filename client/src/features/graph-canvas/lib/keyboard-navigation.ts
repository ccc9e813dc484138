import type { Core } from 'cytoscape';

/**
 * The node after (or before) the selected one, in name order among the visible nodes, so that
 * someone without a mouse can walk the whole picture with the arrow keys.
 */
export function nextNodeId(cy: Core, selectedId: string | null, step: number): string | null {
  const ids = cy
    .nodes(':visible')
    .sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))))
    .map((node) => node.id());
  if (ids.length === 0) return null;
  const index = selectedId ? ids.indexOf(selectedId) : -1;
  const next =
    index === -1 ? (step > 0 ? 0 : ids.length - 1) : (index + step + ids.length) % ids.length;
  return ids[next] ?? null;
}
