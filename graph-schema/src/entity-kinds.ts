import { z } from 'zod';

/** The five kinds of entity a person explores; each is a Neo4j label beside the shared `Entity`. */
export const ENTITY_KINDS = ['PERSON', 'INSTITUTION', 'INDUSTRY', 'EVENT', 'PLACE'] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** Every entity node carries this label too, so ids are unique across kinds. */
export const ENTITY_LABEL = 'Entity';
/** The documents facts come from. Not an entity a person explores, so not an EntityKind. */
export const SOURCE_LABEL = 'Source';

export const LABEL_OF_KIND = {
  PERSON: 'Person',
  INSTITUTION: 'Institution',
  INDUSTRY: 'Industry',
  EVENT: 'Event',
  PLACE: 'Place',
} as const satisfies Record<EntityKind, string>;
export type EntityLabel = (typeof LABEL_OF_KIND)[EntityKind];

export const kindOfLabel = (label: string): EntityKind | undefined =>
  ENTITY_KINDS.find((kind) => LABEL_OF_KIND[kind] === label);

/** Human names, singular and plural, for legends, headings and messages. */
export const KIND_DISPLAY = {
  PERSON: { singular: 'Person', plural: 'People' },
  INSTITUTION: { singular: 'Institution', plural: 'Institutions' },
  INDUSTRY: { singular: 'Industry', plural: 'Industries' },
  EVENT: { singular: 'Event', plural: 'Events' },
  PLACE: { singular: 'Place', plural: 'Places' },
} as const satisfies Record<EntityKind, { singular: string; plural: string }>;

export const INSTITUTION_KINDS = [
  'academy',
  'university',
  'political-party',
  'party-body',
  'government-body',
  'advisory-body',
  'association',
  'research-facility',
  'company',
  'other',
] as const;
export const InstitutionKindSchema = z.enum(INSTITUTION_KINDS);
export type InstitutionKind = z.infer<typeof InstitutionKindSchema>;

export const PLACE_KINDS = ['country', 'city', 'district', 'venue'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
