import type { Actor } from './auth/tokens';
import type { Executor } from './db/executor';
import type { Loaders } from './loaders';
import type { Logger } from './logger';

/** What every resolver receives: a per-request executor (and so a per-request round-trip count). */
export interface GraphContext {
  executor: Executor;
  logger: Logger;
  /** Per-request batching caches: one Cypher statement per field and page, not per parent. */
  loaders: Loaders;
  /** Whose token the request carried; null without a valid one. */
  actor: Actor | null;
  /** False when the server has no token configured at all: writes are then off for everybody. */
  writesEnabled: boolean;
}
