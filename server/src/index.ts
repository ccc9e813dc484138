/* The server as a library, for its tests and benchmarks: wiring, and the graph import/export services. */
export type { Actor, ApiToken, Scope } from './auth/tokens';
export { configFromEnv, type ServerConfig } from './config';
export { createDriver } from './db/driver';
export { Executor } from './db/executor';
export { applyMigrations } from './db/migrations';
export { createHttpServer, defaultClientDist } from './http/app';
export { createLogger } from './logger';
export { readPersistedOperations } from './persisted-operations-file';
export { createGuanxiYoga } from './yoga';
export { deleteGraph } from './repositories/graph-import-repository';
export { seedArticle } from './services/article-seed';
export { computeScores } from './services/scores-service';
export { exportGraph } from './services/graph-export-service';
export {
  type LoadResult,
  loadGraph,
  type WriteGraphOptions,
  type WriteSummary,
  writeGraph,
} from './services/graph-import-service';
