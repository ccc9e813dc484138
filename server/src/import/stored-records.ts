import {
  ENTITY_LABEL,
  type Entity,
  EntitySchema,
  EVIDENCE_PROPERTY_NAMES,
  evidenceFromProperties,
  type EvidenceProperties,
  kindOfLabel,
  type RelationshipRecord,
  RelationshipRecordSchema,
  type RelationType,
  type Source,
  SourceSchema,
  STRICT_RELATION_PROPERTY_SCHEMAS,
} from '@guanxi/graph-schema';

/*
 * The inverse of stored-properties.ts: Neo4j nodes and relationships back into graph-file
 * records, each parsed by its graph-schema validator so that nothing malformed leaves the store.
 */

type Properties = Record<string, unknown>;

function splitEvidence(properties: Properties): { evidence: Properties; rest: Properties } {
  const evidence: Properties = {};
  const rest: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if ((EVIDENCE_PROPERTY_NAMES as readonly string[]).includes(key)) evidence[key] = value;
    else rest[key] = value;
  }
  return { evidence, rest };
}

export function sourceFromNode(properties: Properties): Source {
  return SourceSchema.parse(properties);
}

/** `kind` on an Institution or Place node is its institutionKind or placeKind. */
export function entityFromNode(labels: readonly string[], properties: Properties): Entity {
  const kind = labels
    .filter((label) => label !== ENTITY_LABEL)
    .map(kindOfLabel)
    .find(Boolean);
  if (!kind)
    throw new Error(`entity "${String(properties.id)}" has no kind label: ${labels.join(', ')}`);
  const { evidence, rest } = splitEvidence(properties);
  const { kind: storedKind, ...fields } = rest;
  const kindField =
    kind === 'INSTITUTION'
      ? { institutionKind: storedKind }
      : kind === 'PLACE'
        ? { placeKind: storedKind }
        : {};
  return EntitySchema.parse({
    ...fields,
    ...kindField,
    kind,
    evidence: evidenceFromProperties(evidence as Partial<EvidenceProperties>),
  });
}

export type IdentifiedRelationship = RelationshipRecord & { id: string };

/** Typed properties are the ones the type's schema declares; the rest is provenance. */
export function relationshipFromStored(
  type: Exclude<RelationType, 'MENTIONED'>,
  from: string,
  to: string,
  properties: Properties,
): IdentifiedRelationship {
  const { evidence, rest } = splitEvidence(properties);
  const { id, note, method, ...typed } = rest;
  const record = RelationshipRecordSchema.parse({
    id,
    type,
    from,
    to,
    properties: STRICT_RELATION_PROPERTY_SCHEMAS[type].parse(typed),
    note,
    method,
    evidence: evidenceFromProperties(evidence as Partial<EvidenceProperties>),
  });
  return { ...record, id: String(id) };
}
