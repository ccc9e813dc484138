import { type DateBasis, isoDateIssue, isUndated, type RelationTime } from '@guanxi/graph-schema';
import type { ArgBuilder } from '@pothos/core';
import { Kind } from 'graphql';
import { builder } from '../builder';
import { badInput, quoted } from '../errors';
import type { TimeFilter } from '../repositories/relation-time-predicate';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string') throw badInput('A Date is a string: YYYY, YYYY-MM or YYYY-MM-DD.');
  const issue = isoDateIssue(value);
  if (issue) throw badInput(`${quoted(value)} is not a Date: ${issue}.`, { argument: 'asOf' });
  return value;
};

builder.scalarType('Date', {
  description:
    'A date as sources give it: a year, a month or a day in ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : undefined),
});

const DateBasisEnum = builder.enumType('DateBasis', {
  description: 'How the dates of a relationship are known.',
  values: {
    STATED: { value: 'stated', description: 'Its source states them.' },
    TERM: {
      value: 'term',
      description: 'The dates of a numbered term its source names ("the 12th National Committee").',
    },
    PUBLICATION: { value: 'publication', description: 'The publication date of its source.' },
    CURATOR: {
      value: 'curator',
      description: 'Inferred by a curator from its source; `evidence` quotes the words.',
    },
  } satisfies Record<string, { value: DateBasis; description: string }>,
});

export const RelationTimeRef = builder.objectRef<RelationTime>('RelationTime').implement({
  description:
    'When a relationship held: its start and end where known, else when its source attests it, with how that is known.',
  fields: (t) => ({
    since: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it began.',
      resolve: (time) => time.since,
    }),
    until: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it ended; null with a start: it still holds, as far as is known.',
      resolve: (time) => time.until,
    }),
    asOfFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'Its source attests it from this date …',
      resolve: (time) => time.asOfFrom,
    }),
    asOfTo: t.field({
      type: 'Date',
      nullable: true,
      description: '… to this one (the same date for a publication day).',
      resolve: (time) => time.asOfTo,
    }),
    basis: t.field({ type: DateBasisEnum, nullable: true, resolve: (time) => time.dateBasis }),
    term: t.string({
      nullable: true,
      description:
        'With basis TERM: the term whose dates these are, e.g. "cppcc-national-committee-12".',
      resolve: (time) => time.dateTerm,
    }),
    evidence: t.string({
      nullable: true,
      description: 'The words of the source that state or imply the dates.',
      resolve: (time) => time.dateEvidence,
    }),
    undated: t.boolean({
      description: 'True when nothing dates it: a filter by `asOf` keeps it unless `strictDates`.',
      resolve: isUndated,
    }),
  }),
});

/** The semantics of `asOf`, told once for every field that takes it. */
const AS_OF_DESCRIPTION =
  'Read the graph as of this date: a relationship counts when it held at some time during it (a year means any day of that year). With a start or an end it counts from its start to its end, an unknown start or end leaving that side open (no end: it still holds). With only an as-of interval (the dates its source attests it: a publication day, or a numbered term the source names) it counts inside that interval only. A relationship without any date counts, marked `undated`, unless `strictDates`.';

/** `asOf` and `strictDates`, the same on every field that reads the graph at a date. */
export const timeArgs = (arg: ArgBuilder<Types>) => ({
  asOf: arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
  strictDates: arg.boolean({
    defaultValue: false,
    description: 'With `asOf`: leave out relationships that have no date at all.',
  }),
});

export const timeFilterOf = (args: {
  asOf?: string | null;
  strictDates?: boolean | null;
}): TimeFilter | undefined =>
  args.asOf ? { asOf: args.asOf, strictDates: args.strictDates === true } : undefined;
