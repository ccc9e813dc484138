import { z } from 'zod';

/**
 * A list whose length is checked as sent, before any item is parsed: a flood of 20,000 items is
 * refused with one issue that names the limit, cheaply, instead of one issue per bad item.
 */
export const cappedList = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z.array(z.unknown()).max(max, tooMany).pipe(z.array(item)) as unknown as z.ZodType<
    z.output<T>[],
    z.input<T>[]
  >;

/** Keeps the first of the items that share a key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
