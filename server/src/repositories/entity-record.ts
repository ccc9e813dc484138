import {
  ENTITY_LABEL,
  type Entity,
  EntitySchema,
  type EntityKind,
  type EntityScores,
  EntityScoresSchema,
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
  SCORE_PROPERTIES,
  SEARCH_KEYS_PROPERTY,
  searchKeysOf,
  STORED_PROPERTY_OF_FIELD,
} from '@guanxi/graph-schema';
import { z } from 'zod';
import { type StoredProperties, withoutAbsent } from './stored-value';

/*
 * The one mapping between an entity and its node, both ways: evidence as parallel lists,
 * `institutionKind`/`placeKind` stored as `kind` (the entity kind is the node's label), and the
 * search keys derived from the names on every write (read back by search only, never parsed).
 */

/** An entity as the API sees it: graph-schema's fields, flat, its kind read from its labels. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Names a curator added that no source uses. */
  curatorAliases: string[];
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
  /** Graph-wide scores the analysis job stored on the node; absent before its first run. */
  scores?: EntityScores;
}

/** An entity's node properties; every write of an entity goes through here. */
export function entityToStored(entity: Entity | EntityRecord): StoredProperties {
  const { evidence, curatorAliases = [], ...fields } = entity as EntityRecord;
  const renamed = Object.fromEntries(
    Object.entries(fields)
      // The entity kind is the node's label, not a property; scores are the analysis job's to
      // write (see scores-repository), never an entity write's.
      .filter(([field]) => field !== 'kind' && field !== 'scores')
      .map(([field, value]) => [
        STORED_PROPERTY_OF_FIELD[field as keyof typeof STORED_PROPERTY_OF_FIELD] ?? field,
        value,
      ]),
  );
  return withoutAbsent({
    ...renamed,
    // Absent when empty, as in records written before curators could add names: both read as [].
    curatorAliases: curatorAliases.length > 0 ? curatorAliases : undefined,
    ...evidenceToProperties(evidence),
    [SEARCH_KEYS_PROPERTY]: searchKeysOf(entity),
  }) as StoredProperties;
}

/**
 * Returns a node `n` as a map `parseEntity` understands, with `extras` (`key: expression`) beside
 * its properties: all of them, or, given `stored` (an expression naming a list of property names),
 * only those, as the list `__stored` of their values in that order (see `storedRow`). Naming them
 * in a parameter keeps one statement text, so one cached plan, for every set of fields asked.
 */
export function entityProjection(
  variable: string,
  extras: readonly string[] = [],
  stored?: string,
): string {
  const properties = stored ? `__stored: [key IN ${stored} | ${variable}[key]]` : '.*';
  return `${variable} { ${[properties, `labels: labels(${variable})`, ...extras].join(', ')} }`;
}

/** A node projected with `stored` property names back as one flat map of those properties. */
export function storedRow(value: unknown, names: readonly string[]): Record<string, unknown> {
  const { __stored: values, ...rest } = value as Record<string, unknown>;
  if (!Array.isArray(values)) return rest;
  return { ...Object.fromEntries(names.map((name, index) => [name, values[index]])), ...rest };
}

const optionalText = z.string().optional();
const StoredEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  aliases: z.array(z.string()).default([]),
  curatorAliases: z.array(z.string()).default([]),
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

const S = SCORE_PROPERTIES;
const StoredScoresSchema = z.object({
  [S.degree]: z.unknown(),
  [S.betweenness]: z.number().optional(),
  [S.pageRank]: z.number(),
  [S.community]: z.unknown(),
  [S.computedAt]: z.string(),
  [S.stale]: z.boolean().optional(),
});

/** The job's scores among a node's properties (Neo4j integers arrive as objects); or none. */
function storedScores(value: unknown): EntityScores | undefined {
  const stored = StoredScoresSchema.safeParse(value);
  if (!stored.success) return undefined;
  const row = stored.data;
  return EntityScoresSchema.parse({
    degree: Number(row[S.degree]),
    betweenness: row[S.betweenness] ?? null,
    pageRank: row[S.pageRank],
    community: Number(row[S.community]),
    computedAt: row[S.computedAt],
    stale: row[S.stale] ?? false,
  });
}

/** Parses one projected node; throws when the stored node is not an entity as Guanxi writes it. */
export function parseEntity(value: unknown): EntityRecord {
  // A projection of named properties answers null for those a node lacks: absent, as in `.*`.
  const present = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([, property]) => property !== null),
  );
  const { labels, kind: storedKind, ...row } = StoredEntitySchema.parse(present);
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
    curatorAliases: row.curatorAliases,
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
    scores: storedScores(present),
  }) as EntityRecord;
}

/** The record checked whole by graph-schema's model, for exports and revalidated writes. */
export const validEntity = (record: EntityRecord): Entity => EntitySchema.parse(record);
