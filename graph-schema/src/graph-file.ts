import { z } from 'zod';
import { EntitySchema, SourceSchema } from './entities';
import { evidenceListSchema, ProvenanceMethodSchema, RuleIdSchema } from './evidence';
import { multiLineText } from './normalised-text';
import { RELATION_TYPE_DEFINITIONS, RelationTypeSchema } from './relationship-types';
import { WRITE_LIMITS } from './write-limits';

/** The format version a data file declares; the loader refuses any other. */
export const GRAPH_FILE_FORMAT = 'guanxi-graph/1';

export const RelationshipRecordSchema = z
  .object({
    /** Optional in files: derived from ends, type and title/role when absent (`relationshipId`). */
    id: z.string().min(1).max(400).optional(),
    type: RelationTypeSchema.exclude(['MENTIONED']),
    from: z.string().min(1),
    to: z.string().min(1),
    properties: z.record(z.string(), z.unknown()).default({}),
    note: multiLineText(WRITE_LIMITS.noteLength).optional(),
    method: ProvenanceMethodSchema.default('curated'),
    rule: RuleIdSchema.optional(),
    evidence: evidenceListSchema('every relationship needs at least one evidence quote'),
  })
  .superRefine(({ type, from, to }, ctx) => {
    if (from !== to || RELATION_TYPE_DEFINITIONS[type].selfLinks) return;
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `${type} cannot link "${from}" to itself`,
      input: to,
    });
  });
export type RelationshipRecord = z.infer<typeof RelationshipRecordSchema>;
export type RelationshipRecordInput = z.input<typeof RelationshipRecordSchema>;

/**
 * A graph as a readable file: sources, entities and relationships, each fact with its evidence.
 * `npm run seed` loads one, `npm run export` writes one.
 */
export const GraphFileSchema = z.object({
  format: z.literal(GRAPH_FILE_FORMAT),
  description: z.string().optional(),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  relationships: z.array(RelationshipRecordSchema),
});
export type GraphFile = z.infer<typeof GraphFileSchema>;
export type GraphFileInput = z.input<typeof GraphFileSchema>;
