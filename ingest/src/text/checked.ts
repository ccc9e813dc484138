/*
 * Reads whose presence the caller's own logic guarantees (an index inside the loop's bounds, a
 * key just stored). A miss is a bug in that logic, so it throws instead of passing `undefined` on.
 */

export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`no item at ${index} of ${list.length}`);
  return item;
}

export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
