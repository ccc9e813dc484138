import {
  ENTITY_LABEL,
  type Entity,
  EntitySchema,
  type EntityKind,
  type Evidence,
  evidenceFromProperties,
  evidenceToProperties,
  type InstitutionKind,
  InstitutionKindSchema,
  kindOfLabel,
  type PlaceKind,
  PlaceKindSchema,
  type ProvenanceMethod,
  ProvenanceMethodSchema,
  STORED_PROPERTY_OF_FIELD,
} from '@guanxi/graph-schema';
import { z } from 'zod';
import { type StoredProperties, withoutAbsent } from './stored-value';

/*
 * The one mapping between an entity and its node, both ways: evidence as parallel lists,
 * `institutionKind`/`placeKind` stored as `kind` (the entity kind is the node's label).
 */

/** An entity as the API sees it: graph-schema's fields, flat, its kind read from its labels. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  method: ProvenanceMethod;
  /** Ingested entities: the extraction rule that proposed it. */
  rule?: string;
  note?: string;
  honorific?: string;
  institutionKind?: InstitutionKind;
  placeKind?: PlaceKind;
  date?: string;
  edition?: number;
  theme?: string;
}

/** An entity's node properties; every write of an entity goes through here. */
export function entityToStored(entity: Entity | EntityRecord): StoredProperties {
  const { evidence, ...fields } = entity as EntityRecord;
  const renamed = Object.fromEntries(
    Object.entries(fields)
      // The entity kind is the node's label, not a property.
      .filter(([field]) => field !== 'kind')
      .map(([field, value]) => [
        STORED_PROPERTY_OF_FIELD[field as keyof typeof STORED_PROPERTY_OF_FIELD] ?? field,
        value,
      ]),
  );
  return withoutAbsent({ ...renamed, ...evidenceToProperties(evidence) }) as StoredProperties;
}

/** Returns a node `n` as a map `parseEntity` understands. */
export const entityProjection = (variable: string): string =>
  `${variable} { .*, labels: labels(${variable}) }`;

const optionalText = z.string().optional();
const StoredEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  aliases: z.array(z.string()).default([]),
  kind: optionalText,
  method: ProvenanceMethodSchema,
  rule: optionalText,
  note: optionalText,
  honorific: optionalText,
  date: optionalText,
  edition: z.number().optional(),
  theme: optionalText,
  evidenceSourceIds: z.array(z.string()).default([]),
  evidenceQuotes: z.array(z.string()).default([]),
  evidenceStarts: z.array(z.number()).default([]),
  evidenceEnds: z.array(z.number()).default([]),
});

/** Parses one projected node; throws when the stored node is not an entity as Guanxi writes it. */
export function parseEntity(value: unknown): EntityRecord {
  const { labels, kind: storedKind, ...row } = StoredEntitySchema.parse(value);
  const kind = labels
    .filter((label) => label !== ENTITY_LABEL)
    .map(kindOfLabel)
    .find((k) => k !== undefined);
  if (!kind) throw new Error(`node ${row.id} carries no entity kind label: ${labels.join(', ')}`);
  return withoutAbsent({
    id: row.id,
    kind,
    name: row.name,
    aliases: row.aliases,
    evidence: evidenceFromProperties(row),
    method: row.method,
    rule: row.rule,
    note: row.note,
    honorific: row.honorific,
    institutionKind: kind === 'INSTITUTION' ? InstitutionKindSchema.parse(storedKind) : undefined,
    placeKind: kind === 'PLACE' ? PlaceKindSchema.parse(storedKind) : undefined,
    date: row.date,
    edition: row.edition,
    theme: row.theme,
  }) as EntityRecord;
}

/** The record checked whole by graph-schema's model, for exports and revalidated writes. */
export const validEntity = (record: EntityRecord): Entity => EntitySchema.parse(record);
