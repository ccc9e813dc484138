import { type Actor, hasScope, type Scope } from '../auth/tokens';
import type { GraphContext } from '../context';
import { UserFacingError } from '../errors';

/**
 * Mutations need a bearer token of enough scope (GUANXI_TOKENS or GUANXI_WRITE_TOKEN). Without
 * any token configured, writes are off for everybody; reads never need a token.
 */
export function requireScope({ writesEnabled, actor }: GraphContext, needed: Scope): Actor {
  if (!writesEnabled) {
    throw new UserFacingError(
      'FORBIDDEN',
      'Writes are disabled on this server: no GUANXI_TOKENS or GUANXI_WRITE_TOKEN is configured. Reads stay open.',
    );
  }
  if (actor === null) {
    throw new UserFacingError(
      'UNAUTHENTICATED',
      'This change needs a token: send the header "Authorization: Bearer <token>".',
    );
  }
  if (!hasScope(actor, needed)) {
    throw new UserFacingError(
      'FORBIDDEN',
      `The token "${actor.label}" has the ${actor.scope} scope; this change needs ${needed}.`,
    );
  }
  return actor;
}
