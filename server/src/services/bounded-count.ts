import { badInput, limitExceeded } from '../errors';

export interface CountBounds {
  /** The argument's name, as the client wrote it. */
  argument: string;
  min: number;
  max: number;
  /** Names the limit in the refusal: "Page size", "Path length" … */
  limit: string;
  /** What to do instead, appended to the refusal. */
  hint?: string;
}

/**
 * A count argument (a page size, a depth, a node limit) checked against the API contract: below
 * `min`, not whole, or null (an explicit null overrides the schema default) is BAD_USER_INPUT;
 * above `max` is LIMIT_EXCEEDED, refused rather than silently shrunk.
 */
export function boundedCount(value: number | null | undefined, bounds: CountBounds): number {
  const { argument, min, max } = bounds;
  if (value === null || value === undefined || !Number.isInteger(value) || value < min) {
    throw badInput(`\`${argument}\` must be a whole number of at least ${min}.`, { argument });
  }
  if (value > max) {
    const hint = bounds.hint ? ` ${bounds.hint}` : '';
    throw limitExceeded(
      `${bounds.limit} limit exceeded: ${argument} may be at most ${max}, got ${value}.${hint}`,
      { argument, limit: max },
    );
  }
  return value;
}
