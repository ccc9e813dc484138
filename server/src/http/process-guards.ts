import type { Logger } from '../logger';

/** Errors of one connection (a client that left, a socket written after it closed). */
const CONNECTION_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_HTTP_HEADERS_SENT',
]);

export const isConnectionError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  CONNECTION_ERRORS.has(String((error as { code?: unknown }).code));

/**
 * Process-wide last resort, installed once by `main.ts`. Every request's own failure is caught
 * by the HTTP app (createHttpServer), so what reaches here escaped it. The choice:
 *
 * - an unhandled rejection is logged and the server keeps serving: a promise nobody awaited
 *   has left nothing half-done on the stack, and Neo4j writes are transactions that roll back;
 * - an uncaught exception from one connection's socket or stream (a client that went away) is
 *   logged and the server keeps serving: only that connection is affected;
 * - any other uncaught exception is logged as fatal and `onFatal` runs (a graceful shutdown
 *   that exits non-zero, for the supervisor to restart), because after a throw from an unknown
 *   place the process's state can no longer be trusted, as Node's documentation warns.
 *
 * Returns a function that removes the handlers (for tests).
 */
export function installProcessGuards(
  logger: Pick<Logger, 'error' | 'warn' | 'fatal'>,
  onFatal: (error: unknown) => void,
): () => void {
  const onRejection = (reason: unknown) =>
    logger.error({ err: reason }, 'unhandled promise rejection; still serving');
  const onException = (error: unknown) => {
    if (isConnectionError(error)) {
      logger.warn({ err: error }, 'connection error outside a request; still serving');
      return;
    }
    logger.fatal({ err: error }, 'uncaught exception; shutting down');
    onFatal(error);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
