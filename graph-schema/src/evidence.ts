import { z } from 'zod';
import { cappedList, uniqueBy } from './capped-list';
import { WRITE_LIMITS } from './write-limits';

/** How a fact entered the graph. */
export const PROVENANCE_METHODS = [
  'curated',
  'imported',
  'extracted',
  'synthetic',
  'ingest',
] as const;
/** Which versioned extraction rule proposed an ingested fact ("person.honorific@1"). */
export const RuleIdSchema = z
  .string()
  .regex(/^[a-z0-9.+@_-]{1,200}$/, 'must be a rule id such as person.honorific@1');
export const ProvenanceMethodSchema = z.enum(PROVENANCE_METHODS);
export type ProvenanceMethod = z.infer<typeof ProvenanceMethodSchema>;

/**
 * One quoted span that states a fact. Offsets are JavaScript string indices (UTF-16 code
 * units) into the source's text, end exclusive: `text.slice(start, end) === quote`.
 */
export const EvidenceSchema = z
  .object({
    sourceId: z.string().min(1),
    quote: z.string().refine((quote) => quote.trim().length > 0, 'a quote must not be blank'),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((evidence) => evidence.end - evidence.start === evidence.quote.length, {
    message: 'end - start must equal the length of the quote',
    path: ['end'],
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The same span of the same source quoted twice is one piece of evidence. */
const evidenceKey = (evidence: Evidence): string =>
  JSON.stringify([evidence.sourceId, evidence.start, evidence.end]);

/** The evidence of one entity or relationship: at least one quote, capped, repeats folded. */
export const evidenceListSchema = (missing: string) =>
  cappedList(
    EvidenceSchema,
    WRITE_LIMITS.evidenceCount,
    `too many evidence quotes: at most ${WRITE_LIMITS.evidenceCount} per record`,
  )
    .refine((evidence) => evidence.length > 0, missing)
    .overwrite((evidence) => uniqueBy(evidence, evidenceKey));

/**
 * Neo4j properties cannot hold maps, so a list of evidence is stored as parallel lists on the
 * node or relationship that it supports.
 */
export interface EvidenceProperties {
  evidenceSourceIds: string[];
  evidenceQuotes: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}

export const evidenceToProperties = (evidence: readonly Evidence[]): EvidenceProperties => ({
  evidenceSourceIds: evidence.map((e) => e.sourceId),
  evidenceQuotes: evidence.map((e) => e.quote),
  evidenceStarts: evidence.map((e) => e.start),
  evidenceEnds: evidence.map((e) => e.end),
});

export const evidenceFromProperties = (properties: Partial<EvidenceProperties>): Evidence[] =>
  (properties.evidenceSourceIds ?? []).map((sourceId, index) => ({
    sourceId,
    quote: properties.evidenceQuotes?.[index] ?? '',
    start: Number(properties.evidenceStarts?.[index] ?? 0),
    end: Number(properties.evidenceEnds?.[index] ?? 0),
  }));

export const EVIDENCE_PROPERTY_NAMES = [
  'evidenceSourceIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
] as const satisfies readonly (keyof EvidenceProperties)[];
