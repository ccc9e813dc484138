import { z } from 'zod';

/*
 * Dates as sources give them: a year, a month or a day (ISO 8601 "YYYY", "YYYY-MM",
 * "YYYY-MM-DD"), on the proleptic Gregorian calendar.
 */

const ISO_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Why `text` is not a date on the calendar, or undefined when it is one. */
export function isoDateIssue(text: string): string | undefined {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
  const [, yearText, monthText, dayText] = match;
  if (monthText === undefined) return undefined;
  const month = Number(monthText);
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  if (dayText === undefined) return undefined;
  const year = Number(yearText);
  const day = Number(dayText);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${text} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}

/** The one date schema of the domain: events, sources and relationship properties use it. */
export const IsoDateSchema = z.string().superRefine((text, ctx) => {
  const issue = isoDateIssue(text);
  if (issue) ctx.addIssue({ code: 'custom', message: issue, input: text });
});

/**
 * Negative when `a` is before `b`, zero when they may be the same time, positive when after.
 * Compared at the coarser of the two precisions: "2020" neither precedes nor follows "2020-05".
 */
export function compareIsoDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A refinement for a model with a start and an end date: the end may not precede the start. */
export const endNotBeforeStart =
  <K extends string>(start: K, end: K) =>
  (value: Partial<Record<K, string>>, ctx: z.RefinementCtx): void => {
    const from = value[start];
    const to = value[end];
    if (from === undefined || to === undefined || compareIsoDates(to, from) >= 0) return;
    ctx.addIssue({
      code: 'custom',
      path: [end],
      message: `${end} (${to}) is before ${start} (${from})`,
      input: value,
    });
  };
