import {
  EVIDENCE_PROPERTY_NAMES,
  type Evidence,
  evidenceFromProperties,
  type RelationType,
  RelationTypeSchema,
} from '@guanxi/graph-schema';
import { z } from 'zod';

/** A relationship as the API sees it: ends by id, typed properties apart from evidence. */
export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** The relation's own properties (title, role, since …), without id, evidence or provenance. */
  properties: Record<string, unknown>;
  evidence: Evidence[];
  method?: string;
  note?: string;
}

/** Returns a relationship `r` as a map the parser below understands. */
export const relationProjection = (variable: string): string =>
  `{ type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, properties: properties(${variable}) }`;

const StoredRelationSchema = z.object({
  type: RelationTypeSchema,
  from: z.string(),
  to: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

const BOOKKEEPING = new Set<string>(['id', 'method', 'note', ...EVIDENCE_PROPERTY_NAMES]);

export function parseRelation(value: unknown): RelationRecord {
  const row = StoredRelationSchema.parse(value);
  const { properties } = row;
  const own = Object.fromEntries(
    Object.entries(properties).filter(([key]) => !BOOKKEEPING.has(key)),
  );
  return {
    id: typeof properties.id === 'string' ? properties.id : `${row.from}--${row.type}--${row.to}`,
    type: row.type,
    from: row.from,
    to: row.to,
    properties: own,
    evidence: evidenceFromProperties(properties),
    method: typeof properties.method === 'string' ? properties.method : undefined,
    note: typeof properties.note === 'string' ? properties.note : undefined,
  };
}
