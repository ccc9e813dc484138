export { configFromEnv, type ServerConfig } from './config';
export { createDriver } from './db/driver';
export { Executor } from './db/executor';
export { applyMigrations } from './db/migrations';
export { createHttpServer } from './http/app';
export { createLogger } from './logger';
export { createGuanxiYoga } from './yoga';
