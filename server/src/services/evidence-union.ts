import type { Evidence } from '@guanxi/graph-schema';

const evidenceKey = (e: Evidence): string => `${e.sourceId}:${e.start}:${e.end}`;

/** Quotes of several lists, each span once, in first-seen order. */
export function unionEvidence(...lists: readonly (readonly Evidence[])[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const evidence of lists.flat()) {
    if (!byKey.has(evidenceKey(evidence))) byKey.set(evidenceKey(evidence), evidence);
  }
  return [...byKey.values()];
}
