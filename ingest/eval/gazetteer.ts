import type { GraphFile } from '@guanxi/graph-schema';
import type { GazetteerEntry } from '../src/types';

type Tie = NonNullable<GazetteerEntry['ties']>[number];

/**
 * What the matcher knows of a graph: every entity with its names, and for people the offices
 * and memberships they hold (type, title, body) as evidence for "same person".
 */
export function gazetteerFromGraph(graph: GraphFile): GazetteerEntry[] {
  const ties = new Map<string, Tie[]>();
  for (const r of graph.relationships) {
    if (r.type !== 'HOLDS_POSITION' && r.type !== 'MEMBER_OF') continue;
    const title = typeof r.properties.title === 'string' ? r.properties.title : undefined;
    const tie: Tie =
      title === undefined ? { type: r.type, bodyId: r.to } : { type: r.type, title, bodyId: r.to };
    ties.set(r.from, [...(ties.get(r.from) ?? []), tie]);
  }
  return graph.entities.map((entity) => {
    const entry: GazetteerEntry = {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
    };
    const own = ties.get(entity.id);
    return own ? { ...entry, ties: own } : entry;
  });
}
