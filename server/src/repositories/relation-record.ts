import {
  type Evidence,
  EVIDENCE_PROPERTY_NAMES,
  evidenceFromProperties,
  evidenceToProperties,
  type ProvenanceMethod,
  ProvenanceMethodSchema,
  RELATION_TYPES,
  type RelationType,
  RelationTypeSchema,
  STRICT_RELATION_PROPERTY_SCHEMAS,
} from '@guanxi/graph-schema';
import { z } from 'zod';
import { type StoredProperties, withoutAbsent } from './stored-value';

/*
 * The one mapping between a relationship and its stored properties, both ways: the type's own
 * properties (title, role, since …) side by side with id, note, method and evidence lists.
 */

/** A relationship as the API sees it: ends by id, typed properties apart from evidence. */
export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** The relation's own properties (title, role, since …), without id, evidence or provenance. */
  properties: Record<string, unknown>;
  evidence: Evidence[];
  method: ProvenanceMethod;
  /** Ingested relationships: the extraction rule that proposed it. */
  rule?: string;
  note?: string;
}

/** A relationship's stored properties; every write of a relationship goes through here. */
export const relationToStored = (relation: RelationRecord): StoredProperties =>
  withoutAbsent({
    ...relation.properties,
    id: relation.id,
    method: relation.method,
    rule: relation.rule,
    note: relation.note,
    ...evidenceToProperties(relation.evidence),
  }) as StoredProperties;

/**
 * A subquery body that binds `r` to the relationship whose id is `idExpression` (a parameter or
 * a variable), through the per-type id indexes: a type-less match would scan every relationship.
 */
export const relationById = (idExpression: string): string =>
  RELATION_TYPES.map((type) => `MATCH ()-[r:${type} {id: ${idExpression}}]->() RETURN r`).join(
    ' UNION ',
  );

/**
 * Returns a relationship `r` as a map `parseRelation` understands; without `evidence`, its
 * evidence lists stay in the database (they parse as none).
 */
export function relationProjection(variable: string, read = { evidence: true }): string {
  const properties = read.evidence
    ? `properties(${variable})`
    : `${variable} { .*, ${EVIDENCE_PROPERTY_NAMES.map((name) => `${name}: null`).join(', ')} }`;
  return `{ type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, properties: ${properties} }`;
}

/** An evidence list, read as empty when the projection left it out (null) or it was never set. */
const evidenceList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);

const StoredRelationSchema = z.object({
  type: RelationTypeSchema,
  from: z.string(),
  to: z.string(),
  properties: z
    .object({
      id: z.string(),
      method: ProvenanceMethodSchema,
      rule: z.string().optional(),
      note: z.string().optional(),
      evidenceSourceIds: evidenceList(z.string()),
      evidenceQuotes: evidenceList(z.string()),
      evidenceStarts: evidenceList(z.number()),
      evidenceEnds: evidenceList(z.number()),
    })
    .catchall(z.unknown()),
});

const BOOKKEEPING = new Set<string>(['id', 'method', 'rule', 'note', ...EVIDENCE_PROPERTY_NAMES]);

/** Parses one projected relationship; its own properties are checked by the type's schema. */
export function parseRelation(value: unknown): RelationRecord {
  const { type, from, to, properties } = StoredRelationSchema.parse(value);
  const own = Object.fromEntries(
    Object.entries(properties).filter(([key]) => !BOOKKEEPING.has(key)),
  );
  return withoutAbsent({
    id: properties.id,
    type,
    from,
    to,
    properties: STRICT_RELATION_PROPERTY_SCHEMAS[type].parse(own),
    evidence: evidenceFromProperties(properties),
    method: properties.method,
    rule: properties.rule,
    note: properties.note,
  }) as RelationRecord;
}
