import { z } from 'zod';
import { endNotBeforeStart, IsoDateSchema } from './dates';
import { singleLineText } from './normalised-text';
import { TERMS, TermIdSchema } from './terms';
import { WRITE_LIMITS } from './write-limits';

/**
 * How a relationship's dates are known: `stated` by its source, derived from a numbered `term`
 * the source names, the `publication` date of its source, or inferred by a `curator`.
 */
export const DATE_BASES = ['stated', 'term', 'publication', 'curator'] as const;
export const DateBasisSchema = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasisSchema>;

/*
 * When a relationship held. `since`/`until` are its validity, where known (an office's start and
 * end). `asOfFrom`/`asOfTo` are when its source attests it, when nothing says when it began or
 * ended: the source's publication day (both the same), or a term the source names.
 */
export const RELATION_TIME_PROPERTIES = {
  since: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
  asOfFrom: IsoDateSchema.optional(),
  asOfTo: IsoDateSchema.optional(),
  dateBasis: DateBasisSchema.optional(),
  /** With `dateBasis: term`: the term whose dates these are. */
  dateTerm: TermIdSchema.optional(),
  /** The words of the source that state or imply the dates, quoted from its evidence. */
  dateEvidence: singleLineText(WRITE_LIMITS.titleLength).optional(),
};

export type RelationTime = {
  [K in keyof typeof RELATION_TIME_PROPERTIES]?: z.infer<(typeof RELATION_TIME_PROPERTIES)[K]>;
};

const DATE_PROPERTIES = ['since', 'until', 'asOfFrom', 'asOfTo'] as const;

const hasDates = (properties: Partial<Record<(typeof DATE_PROPERTIES)[number], unknown>>) =>
  DATE_PROPERTIES.some((name) => properties[name] !== undefined);

const validityEnds = endNotBeforeStart('since', 'until');
const asOfEnds = endNotBeforeStart('asOfFrom', 'asOfTo');

/** The rules that tie a relationship's dates, their basis and their evidence together. */
export function checkRelationTime(time: RelationTime, ctx: z.RefinementCtx): void {
  const issue = (path: keyof RelationTime, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message, input: time });
  validityEnds(time, ctx);
  asOfEnds(time, ctx);
  if ((time.asOfFrom === undefined) !== (time.asOfTo === undefined)) {
    issue('asOfTo', 'asOfFrom and asOfTo come together (the same date twice for one day)');
  }
  if (!hasDates(time)) {
    if (time.dateBasis || time.dateTerm || time.dateEvidence) {
      issue('dateBasis', 'dateBasis, dateTerm and dateEvidence describe dates; give the dates');
    }
    return;
  }
  // Without a basis, a start or an end is what the relationship's own evidence states.
  if (time.asOfFrom !== undefined && !time.dateBasis) {
    issue('dateBasis', 'an as-of interval needs its dateBasis: term, publication or curator');
  }
  if ((time.dateBasis === 'term' || time.dateBasis === 'curator') && !time.dateEvidence) {
    issue('dateEvidence', `a ${time.dateBasis} date needs the words that give it (dateEvidence)`);
  }
  if ((time.dateBasis === 'term') !== (time.dateTerm !== undefined)) {
    issue('dateTerm', 'dateTerm names the term of a date whose dateBasis is term, and only then');
  }
  if (time.dateTerm) {
    const term = TERMS[time.dateTerm];
    const sameAs = (from?: string, to?: string) => from === term.from && to === term.to;
    if (!sameAs(time.asOfFrom, time.asOfTo) && !sameAs(time.since, time.until)) {
      issue('dateTerm', `the ${time.dateTerm} term runs from ${term.from} to ${term.to}`);
    }
  }
}

const RelationTimeSchema = z.object(RELATION_TIME_PROPERTIES);

/** A relationship's dates, out of all its properties. */
export const relationTimeOf = (properties: Record<string, unknown>): RelationTime =>
  RelationTimeSchema.parse(properties);

/** Whether a relationship has no date at all: filters by date keep it only when asked to. */
export const isUndated = (time: RelationTime): boolean => !hasDates(time);

/**
 * An ingested relationship is attested as of its source's publication day, unless it has dates
 * of its own.
 */
export function withPublicationAsOf(
  properties: Record<string, unknown>,
  publishedAt: string | undefined,
): Record<string, unknown> {
  if (publishedAt === undefined || hasDates(properties)) return properties;
  return { ...properties, asOfFrom: publishedAt, asOfTo: publishedAt, dateBasis: 'publication' };
}
