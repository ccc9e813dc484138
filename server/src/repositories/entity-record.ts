import {
  type Evidence,
  evidenceFromProperties,
  type EntityKind,
  type InstitutionKind,
  InstitutionKindSchema,
  kindOfLabel,
  type PlaceKind,
  PlaceKindSchema,
  type ProvenanceMethod,
  ProvenanceMethodSchema,
} from '@guanxi/graph-schema';
import { z } from 'zod';

/** An entity as the API sees it: the stored node, its kind read from its labels. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  method: ProvenanceMethod;
  note?: string;
  honorific?: string;
  institutionKind?: InstitutionKind;
  placeKind?: PlaceKind;
  date?: string;
  edition?: number;
  theme?: string;
}

/** Returns a node `n` as a map the parser below understands. */
export const entityProjection = (variable: string): string =>
  `${variable} { .*, labels: labels(${variable}) }`;

const optionalText = z.string().nullish();
const StoredEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  aliases: z.array(z.string()).nullish(),
  kind: optionalText,
  method: optionalText,
  note: optionalText,
  honorific: optionalText,
  date: optionalText,
  edition: z.number().nullish(),
  theme: optionalText,
  evidenceSourceIds: z.array(z.string()).nullish(),
  evidenceQuotes: z.array(z.string()).nullish(),
  evidenceStarts: z.array(z.number()).nullish(),
  evidenceEnds: z.array(z.number()).nullish(),
});

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** Parses one projected node; throws when the stored node is not an entity we understand. */
export function parseEntity(value: unknown): EntityRecord {
  const row = StoredEntitySchema.parse(value);
  const kind = row.labels.map(kindOfLabel).find((k) => k !== undefined);
  if (!kind) throw new Error(`node ${row.id} carries no entity kind label`);
  const storedKind = orUndefined(row.kind);
  return {
    id: row.id,
    kind,
    name: row.name,
    aliases: row.aliases ?? [],
    evidence: evidenceFromProperties({
      evidenceSourceIds: row.evidenceSourceIds ?? [],
      evidenceQuotes: row.evidenceQuotes ?? [],
      evidenceStarts: row.evidenceStarts ?? [],
      evidenceEnds: row.evidenceEnds ?? [],
    }),
    method: ProvenanceMethodSchema.catch('curated').parse(row.method),
    note: orUndefined(row.note),
    honorific: orUndefined(row.honorific),
    institutionKind:
      kind === 'INSTITUTION' ? InstitutionKindSchema.catch('other').parse(storedKind) : undefined,
    placeKind:
      kind === 'PLACE' ? PlaceKindSchema.optional().catch(undefined).parse(storedKind) : undefined,
    date: orUndefined(row.date),
    edition: orUndefined(row.edition),
    theme: orUndefined(row.theme),
  };
}
