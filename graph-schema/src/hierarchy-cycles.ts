import { HIERARCHY_RELATION_TYPES, type RelationType } from './relationship-types';

export interface HierarchyEdge {
  type: RelationType;
  from: string;
  to: string;
}

/** A link that closes a loop: its position among the edges and the ids around the loop. */
export interface HierarchyCycle {
  index: number;
  type: RelationType;
  /** First id repeated last: ["a", "b", "a"]. */
  ids: string[];
}

interface Frame {
  id: string;
  next: number;
}

/** Depth-first over one type's edges, iteratively: a long chain must not overflow the stack. */
function cyclesOfType(type: RelationType, edges: readonly HierarchyEdge[]): HierarchyCycle[] {
  const outgoing = new Map<string, { to: string; index: number }[]>();
  edges.forEach((edge, index) => {
    if (edge.type !== type) return;
    const list = outgoing.get(edge.from) ?? [];
    list.push({ to: edge.to, index });
    outgoing.set(edge.from, list);
  });
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const cycles: HierarchyCycle[] = [];
  for (const root of outgoing.keys()) {
    if (done.has(root)) continue;
    const stack: Frame[] = [{ id: root, next: 0 }];
    onPath.set(root, 0);
    let frame: Frame | undefined;
    while ((frame = stack.at(-1))) {
      const edge = outgoing.get(frame.id)?.[frame.next++];
      if (!edge) {
        stack.pop();
        onPath.delete(frame.id);
        done.add(frame.id);
        continue;
      }
      const depth = onPath.get(edge.to);
      if (depth !== undefined) {
        const ids = [...stack.slice(depth).map((f) => f.id), edge.to];
        cycles.push({ index: edge.index, type, ids });
      } else if (!done.has(edge.to)) {
        onPath.set(edge.to, stack.length);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
  return cycles;
}

/** Every loop within one hierarchy type (a body under itself, however far round), by its last link. */
export const findHierarchyCycles = (edges: readonly HierarchyEdge[]): HierarchyCycle[] =>
  HIERARCHY_RELATION_TYPES.flatMap((type) => cyclesOfType(type, edges)).sort(
    (a, b) => a.index - b.index,
  );
