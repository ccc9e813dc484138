import type { ApiErrorCode } from '@guanxi/graph-schema';
import { GraphQLError } from 'graphql';

/** An error whose message is written for the person who made the request. */
export class UserFacingError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const notFound = (what: string, id: string): UserFacingError =>
  new UserFacingError('NOT_FOUND', `No ${what} has the id "${id}".`, { id });

export const badInput = (message: string, details: Record<string, unknown> = {}): UserFacingError =>
  new UserFacingError('BAD_USER_INPUT', message, details);

export const limitExceeded = (
  message: string,
  details: Record<string, unknown> = {},
): UserFacingError => new UserFacingError('LIMIT_EXCEEDED', message, details);

/** One message per failed field, with its path ("evidence.0.quote: …"), from zod issues. */
export function invalidInput(
  what: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): UserFacingError {
  const fields = issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return badInput(`Invalid ${what}: ${summary}`, { fields });
}

/** Another write changed what this one depends on: nothing was written; the message says what. */
export const conflict = (message: string, details: Record<string, unknown> = {}): UserFacingError =>
  new UserFacingError('CONFLICT', message, details);

const QUOTED_MAX = 60;

/** What a person sent, quoted in a message: cut short, so an oversized value is not echoed whole. */
export const quoted = (value: string): string =>
  value.length <= QUOTED_MAX
    ? `"${value}"`
    : `"${value.slice(0, QUOTED_MAX)}…" (${value.length.toLocaleString('en-US')} characters)`;
