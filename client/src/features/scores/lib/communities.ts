import type { GraphNode } from '../../../lib/explorer-graph';

/**
 * The drawn nodes' stored communities renumbered 0, 1, 2… largest first, so that the communities
 * in the picture take the first palette colours rather than whatever numbers the job gave them.
 */
export function drawnCommunities(nodes: readonly GraphNode[]): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const community = node.scores?.community;
    if (community === undefined) continue;
    members.set(community, [...(members.get(community) ?? []), node.id]);
  }
  const bySize = [...members.values()].sort((a, b) => b.length - a.length);
  return new Map(bySize.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
}
