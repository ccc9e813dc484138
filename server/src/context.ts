import type { Executor } from './db/executor';
import type { Loaders } from './loaders';
import type { Logger } from './logger';

/** What every resolver receives: a per-request executor (and so a per-request round-trip count). */
export interface GraphContext {
  executor: Executor;
  logger: Logger;
  /** Per-request batching caches: one Cypher statement per field and page, not per parent. */
  loaders: Loaders;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
  writesEnabled: boolean;
}
