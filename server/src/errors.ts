import { GraphQLError } from 'graphql';

/** The error codes a client can rely on, in `extensions.code`. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'LIMIT_EXCEEDED'
  | 'DATABASE_UNAVAILABLE';

/** An error whose message is written for the person who made the request. */
export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const notFound = (what: string, id: string): UserFacingError =>
  new UserFacingError('NOT_FOUND', `No ${what} has the id "${id}".`, { id });

export const badInput = (message: string, details: Record<string, unknown> = {}): UserFacingError =>
  new UserFacingError('BAD_USER_INPUT', message, details);
