import { z } from 'zod';
import { EntityKindSchema, InstitutionKindSchema, PlaceKindSchema } from './entity-kinds';
import { IsoDateSchema } from './dates';
import { evidenceListSchema, ProvenanceMethodSchema, RuleIdSchema } from './evidence';
import { SlugSchema } from './identity';
import { AliasesSchema, CuratorAliasesSchema, NameSchema, withoutNameAsAlias } from './names';
import { multiLineText, singleLineText } from './normalised-text';
import { WRITE_LIMITS } from './write-limits';

/** What every entity has, whatever its kind. */
const entityBase = {
  id: SlugSchema,
  name: NameSchema,
  /** Every other name the sources use for the same entity. */
  aliases: AliasesSchema,
  /** Standard names a curator added, not quoted from a source (e.g. "裴钢" for Pei Gang). */
  curatorAliases: CuratorAliasesSchema,
  /** Where a source is odd (a garbled name, a translation slip), what we noticed and decided. */
  note: multiLineText(WRITE_LIMITS.noteLength).optional(),
  method: ProvenanceMethodSchema.default('curated'),
  /** Ingested entities: the rule that proposed it, so a reviewer can judge the rule. */
  rule: RuleIdSchema.optional(),
  evidence: evidenceListSchema('every entity needs at least one evidence quote'),
};

export const PersonSchema = z
  .object({
    ...entityBase,
    kind: z.literal('PERSON'),
    /** As the source writes it, e.g. "Mr.". */
    honorific: singleLineText(20).optional(),
  })
  .overwrite(withoutNameAsAlias);

export const InstitutionSchema = z
  .object({
    ...entityBase,
    kind: z.literal('INSTITUTION'),
    institutionKind: InstitutionKindSchema,
  })
  .overwrite(withoutNameAsAlias);

export const IndustrySchema = z
  .object({ ...entityBase, kind: z.literal('INDUSTRY') })
  .overwrite(withoutNameAsAlias);

export const EventSchema = z
  .object({
    ...entityBase,
    kind: z.literal('EVENT'),
    /** ISO date, or as much of one as the source gives ("1998", "2023-05"). */
    date: IsoDateSchema.optional(),
    edition: z.number().int().positive().optional(),
    theme: singleLineText(500).optional(),
  })
  .overwrite(withoutNameAsAlias);

export const PlaceSchema = z
  .object({
    ...entityBase,
    kind: z.literal('PLACE'),
    placeKind: PlaceKindSchema,
  })
  .overwrite(withoutNameAsAlias);

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
    title: singleLineText(WRITE_LIMITS.sourceTitleLength),
    publisher: singleLineText(200).optional(),
    publishedAt: IsoDateSchema.optional(),
    url: z.string().max(2000).optional(),
    /** What a reader should know about the source itself, e.g. that its title is descriptive. */
    note: multiLineText(WRITE_LIMITS.noteLength).optional(),
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
