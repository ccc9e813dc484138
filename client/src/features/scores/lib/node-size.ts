export const MIN_NODE_PX = 20;
export const MAX_NODE_PX = 60;

/**
 * Node sizes for scores on a square-root scale, so that area (what the eye compares) grows with
 * the score. A node without a score is drawn at the smallest size.
 */
export function nodeSizes(
  ids: readonly string[],
  scores: ReadonlyMap<string, number>,
): Map<string, number> {
  const highest = Math.max(0, ...scores.values());
  return new Map(
    ids.map((id) => {
      const score = scores.get(id) ?? 0;
      const share = highest > 0 ? Math.sqrt(Math.max(0, score) / highest) : 0;
      return [id, MIN_NODE_PX + (MAX_NODE_PX - MIN_NODE_PX) * share];
    }),
  );
}
