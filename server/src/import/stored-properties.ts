import {
  type Entity,
  type EntityKind,
  evidenceToProperties,
  type ResolvedRelationship,
  relationshipId,
  type ResolvedSource,
  STORED_PROPERTY_OF_FIELD,
} from '@guanxi/graph-schema';

/** Neo4j property values as this app stores them: scalars and lists of scalars, never null. */
export type StoredValue = string | number | boolean | string[] | number[];
export type StoredProperties = Record<string, StoredValue>;

/** Neo4j cannot store null: an absent optional field is an absent property. */
function withoutAbsent(record: Record<string, unknown>): StoredProperties {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  ) as StoredProperties;
}

export interface SourceRow {
  id: string;
  properties: StoredProperties;
}

export const sourceRow = (source: ResolvedSource & { checksum: string }): SourceRow => ({
  id: source.id,
  properties: withoutAbsent({ ...source }),
});

export interface EntityRow {
  id: string;
  properties: StoredProperties;
}

/** An entity's node properties: evidence as parallel lists, `institutionKind`/`placeKind` as `kind`. */
export function entityRow(entity: Entity): EntityRow {
  const { evidence, ...fields } = entity;
  const renamed = Object.fromEntries(
    Object.entries(fields)
      // The entity's kind is its label, not a property.
      .filter(([field]) => field !== 'kind')
      .map(([field, value]) => [
        STORED_PROPERTY_OF_FIELD[field as keyof typeof STORED_PROPERTY_OF_FIELD] ?? field,
        value,
      ]),
  );
  return {
    id: entity.id,
    properties: withoutAbsent({ ...renamed, ...evidenceToProperties(evidence) }),
  };
}

export const entitiesOfKind = (entities: readonly Entity[], kind: EntityKind): Entity[] =>
  entities.filter((entity) => entity.kind === kind);

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  properties: StoredProperties;
}

/** Typed properties, note, method and evidence side by side on the relationship. */
export const relationshipRow = (relationship: ResolvedRelationship): RelationshipRow => ({
  id: relationship.id,
  from: relationship.from,
  to: relationship.to,
  properties: withoutAbsent({
    id: relationship.id,
    ...relationship.properties,
    note: relationship.note,
    method: relationship.method,
    ...evidenceToProperties(relationship.evidence),
  }),
});

export interface MentionRow {
  sourceId: string;
  entityId: string;
  properties: StoredProperties;
}

/**
 * `(:Source)-[:MENTIONED]->(entity)`, one per source and entity, derived from the entity's own
 * evidence: the quotes by which that source names the entity.
 */
export function mentionRows(entities: readonly Entity[]): MentionRow[] {
  return entities.flatMap((entity) => {
    const sourceIds = [...new Set(entity.evidence.map((e) => e.sourceId))];
    return sourceIds.map((sourceId) => ({
      sourceId,
      entityId: entity.id,
      properties: withoutAbsent({
        id: relationshipId('MENTIONED', sourceId, entity.id),
        method: entity.method,
        ...evidenceToProperties(entity.evidence.filter((e) => e.sourceId === sourceId)),
      }),
    }));
  });
}
