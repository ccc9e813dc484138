import { type ApiToken, tokensFromEnv } from './auth/tokens';

/** A token bucket per client address: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimitConfig {
  perMinute: number;
  burst: number;
}

/** What the HTTP layer enforces before a request reaches a handler. */
export interface HttpConfig {
  /** Largest request body `/graphql` reads; a bigger one is answered 413. */
  maxBodyBytes: number;
  /** Origins (`scheme://host[:port]`) another site's page may call the API from; none: same origin only. */
  corsOrigins: string[];
  /** null: no rate limit. */
  rateLimit: RateLimitConfig | null;
}

/** Every setting the server reads from its environment, in one place (README lists them). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Bearer tokens, each with a label (recorded in the audit trail) and a scope; none: no writes. */
  tokens: ApiToken[];
  /** Upper bound for every Cypher transaction. */
  queryTimeoutMs: number;
  logLevel: string;
  http: HttpConfig;
  /** Run only the explorer's registered operations (GUANXI_PERSISTED_ONLY=true). */
  persistedOnly: boolean;
  /** Where the registered operations are; defaults to the client build's list. */
  persistedOperationsFile: string | undefined;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** On by default for a server others can reach: 10 requests a second, 120 at once. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { perMinute: 600, burst: 120 };

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

function originsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.GUANXI_CORS_ORIGINS ?? '';
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let origin: string | undefined;
      try {
        const url = new URL(entry);
        if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
      } catch {
        origin = undefined;
      }
      // An origin exactly: no path, no wildcard (a wildcard would let any site call the API).
      if (origin === undefined || origin !== entry.replace(/\/$/, '').toLowerCase())
        throw new Error(
          `GUANXI_CORS_ORIGINS must list origins like https://example.org, got "${entry}"`,
        );
      return origin;
    });
}

/**
 * The HTTP layer's settings. The rate limit is on by default when the server listens beyond
 * loopback, off on loopback unless GUANXI_RATE_LIMIT_PER_MINUTE is set (0 turns it off anywhere).
 */
export function httpConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  host = env.HOST ?? DEFAULT_HOST,
): HttpConfig {
  const configured = env.GUANXI_RATE_LIMIT_PER_MINUTE;
  const perMinute =
    configured === undefined || configured === ''
      ? isLoopbackHost(host)
        ? 0
        : DEFAULT_RATE_LIMIT.perMinute
      : intFromEnv(env, 'GUANXI_RATE_LIMIT_PER_MINUTE', 0);
  const burst = intFromEnv(env, 'GUANXI_RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst);
  if (perMinute > 0 && burst < 1) throw new Error('GUANXI_RATE_LIMIT_BURST must be at least 1');
  const maxBodyBytes = intFromEnv(env, 'GUANXI_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES);
  if (maxBodyBytes < 1) throw new Error('GUANXI_MAX_BODY_BYTES must be at least 1');
  return {
    maxBodyBytes,
    corsOrigins: originsFromEnv(env),
    rateLimit: perMinute > 0 ? { perMinute, burst } : null,
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST ?? DEFAULT_HOST;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host,
    tokens: tokensFromEnv(env),
    queryTimeoutMs: intFromEnv(env, 'GUANXI_QUERY_TIMEOUT_MS', 15_000),
    logLevel: env.LOG_LEVEL ?? 'info',
    http: httpConfigFromEnv(env, host),
    persistedOnly: booleanFromEnv(env, 'GUANXI_PERSISTED_ONLY'),
    persistedOperationsFile: env.GUANXI_PERSISTED_OPERATIONS_FILE || undefined,
  };
}
