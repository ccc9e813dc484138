import type { GraphContext } from '../context';
import { UserFacingError } from '../errors';

/**
 * Mutations need the bearer token configured in GUANXI_WRITE_TOKEN. Without one configured,
 * writes are off for everybody; reads never need a token.
 */
export function requireWriteAccess({ writesEnabled, canWrite }: GraphContext): void {
  if (!writesEnabled) {
    throw new UserFacingError(
      'FORBIDDEN',
      'Writes are disabled on this server: no GUANXI_WRITE_TOKEN is configured. Reads stay open.',
    );
  }
  if (!canWrite) {
    throw new UserFacingError(
      'UNAUTHENTICATED',
      'This change needs the write token: send the header "Authorization: Bearer <token>".',
    );
  }
}
