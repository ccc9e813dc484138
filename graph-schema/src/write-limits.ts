import { z } from 'zod';

/**
 * How much one write may carry. The models enforce these numbers; the server prints them in its
 * schema descriptions and the client reads them to stop a form before the server refuses it.
 */
export const WriteLimitsSchema = z.object({
  nameLength: z.number().int().positive().describe('characters in an entity name'),
  aliasCount: z.number().int().positive().describe('aliases of one entity'),
  aliasLength: z.number().int().positive().describe('characters in one alias'),
  evidenceCount: z.number().int().positive().describe('evidence quotes on one entity or link'),
  titleLength: z
    .number()
    .int()
    .positive()
    .describe('characters in a relationship title, role detail or description'),
  sourceTitleLength: z.number().int().positive().describe('characters in a source title'),
  noteLength: z.number().int().positive().describe('characters in a note'),
  slugLength: z.number().int().positive().describe('characters in an entity or source id'),
});
export type WriteLimits = z.infer<typeof WriteLimitsSchema>;

export const WRITE_LIMITS = {
  nameLength: 300,
  aliasCount: 50,
  aliasLength: 200,
  evidenceCount: 200,
  titleLength: 300,
  sourceTitleLength: 500,
  noteLength: 2000,
  slugLength: 200,
} as const satisfies WriteLimits;
