import { z } from 'zod';
import { EntityKindSchema, InstitutionKindSchema, PlaceKindSchema } from './entity-kinds';
import { EvidenceSchema, ProvenanceMethodSchema } from './evidence';
import { SlugSchema } from './identity';

const name = z.string().trim().min(1).max(500);

/** What every entity has, whatever its kind. */
const entityBase = {
  id: SlugSchema,
  name,
  /** Every other name the sources use for the same entity. */
  aliases: z.array(name).default([]),
  /** Where a source is odd (a garbled name, a translation slip), what we noticed and decided. */
  note: z.string().max(2000).optional(),
  method: ProvenanceMethodSchema.default('curated'),
  evidence: z.array(EvidenceSchema).min(1, 'every entity needs at least one evidence quote'),
};

export const PersonSchema = z.object({
  ...entityBase,
  kind: z.literal('PERSON'),
  /** As the source writes it, e.g. "Mr.". */
  honorific: z.string().max(20).optional(),
});

export const InstitutionSchema = z.object({
  ...entityBase,
  kind: z.literal('INSTITUTION'),
  institutionKind: InstitutionKindSchema,
});

export const IndustrySchema = z.object({ ...entityBase, kind: z.literal('INDUSTRY') });

export const EventSchema = z.object({
  ...entityBase,
  kind: z.literal('EVENT'),
  /** ISO date, or as much of one as the source gives ("1998", "2023-05"). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  edition: z.number().int().positive().optional(),
  theme: z.string().max(500).optional(),
});

export const PlaceSchema = z.object({
  ...entityBase,
  kind: z.literal('PLACE'),
  placeKind: PlaceKindSchema,
});

export const EntitySchema = z.discriminatedUnion('kind', [
  PersonSchema,
  InstitutionSchema,
  IndustrySchema,
  EventSchema,
  PlaceSchema,
]);
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Institution = z.infer<typeof InstitutionSchema>;
export type Industry = z.infer<typeof IndustrySchema>;
export type Event = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;

export const ENTITY_SCHEMA_OF_KIND = {
  PERSON: PersonSchema,
  INSTITUTION: InstitutionSchema,
  INDUSTRY: IndustrySchema,
  EVENT: EventSchema,
  PLACE: PlaceSchema,
} as const;

/**
 * Kind-specific properties as stored in Neo4j. `institutionKind` and `placeKind` are stored as
 * `kind` on their nodes: there the label already says which kind of entity it is.
 */
export const STORED_PROPERTY_OF_FIELD = {
  institutionKind: 'kind',
  placeKind: 'kind',
} as const;

export const SourceSchema = z
  .object({
    id: SlugSchema,
    title: z.string().min(1).max(500),
    publisher: z.string().max(200).optional(),
    publishedAt: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    url: z.string().max(2000).optional(),
    /** What a reader should know about the source itself, e.g. that its title is descriptive. */
    note: z.string().max(2000).optional(),
    /** The full text; offsets of every evidence quote index into it. */
    text: z.string().min(1).optional(),
    /** Alternatively a path, relative to the data file, of a UTF-8 file holding the text. */
    textFile: z.string().min(1).optional(),
    /** SHA-256 of the text, hex; computed by the loader when absent. */
    checksum: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    method: ProvenanceMethodSchema.default('curated'),
  })
  .refine((source) => source.text !== undefined || source.textFile !== undefined, {
    message: 'a source needs its text, inline or as textFile',
    path: ['text'],
  });
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;

export { EntityKindSchema };
