import { type ApiToken, tokensFromEnv } from './auth/tokens';

/** Every setting the server reads from its environment, in one place (README lists them). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Bearer tokens, each with a label (recorded in the audit trail) and a scope; none: no writes. */
  tokens: ApiToken[];
  /** Upper bound for every Cypher transaction. */
  queryTimeoutMs: number;
  logLevel: string;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    tokens: tokensFromEnv(env),
    queryTimeoutMs: intFromEnv(env, 'GUANXI_QUERY_TIMEOUT_MS', 15_000),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
