/**
 * The difference between what the canvas shows and what it should show, computed on plain
 * data so it can be tested without a canvas. Elements are matched by id; an element whose data
 * changed is updated in place rather than removed and re-added, so it keeps its position.
 */
export interface ElementData {
  id: string;
  [field: string]: unknown;
}

export interface ElementDiff<T extends ElementData> {
  added: T[];
  removed: string[];
  changed: T[];
}

const sameData = (a: ElementData, b: ElementData): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
};

export function diffElements<T extends ElementData>(
  current: ReadonlyMap<string, ElementData>,
  next: readonly T[],
): ElementDiff<T> {
  const nextIds = new Set(next.map((element) => element.id));
  const added: T[] = [];
  const changed: T[] = [];
  for (const element of next) {
    const existing = current.get(element.id);
    if (!existing) added.push(element);
    else if (!sameData(existing, element)) changed.push(element);
  }
  const removed = [...current.keys()].filter((id) => !nextIds.has(id));
  return { added, removed, changed };
}
