import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type ApiToken, actorOf } from './auth/tokens';
import type { GraphContext } from './context';
import type { Executor } from './db/executor';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql-examples';
import { createLoaders } from './loaders';
import type { Logger } from './logger';
import { type OperationLimitOptions, useOperationLimits } from './plugins/use-operation-limits';
import {
  type PersistedOperationOptions,
  usePersistedOperationList,
} from './plugins/use-persisted-operations';
import { schema } from './schema';

export interface YogaOptions {
  executor: Executor;
  logger: Logger;
  tokens: readonly ApiToken[];
  /** The contract's limits (API_LIMITS) unless overridden: heavy-read concurrency, response size. */
  limits?: OperationLimitOptions;
  /** The explorer's registered operations, and whether they are the only ones served. */
  persisted?: PersistedOperationOptions;
}

export type GuanxiYoga = YogaServerInstance<Record<string, unknown>, GraphContext>;

const bearerToken = (request: Request): string | undefined =>
  request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];

/**
 * GraphiQL reads a linked `?query=` itself but not `?variables=`, so the page is rendered with
 * them. Only a JSON object is accepted, and it is re-serialised with `<` escaped because GraphiQL's
 * options are written into a script element.
 */
function linkedVariables(request: Request): string | undefined {
  const raw = new URL(request.url).searchParams.get('variables');
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return JSON.stringify(parsed, null, 2).replace(/</g, '\\u003c');
  } catch {
    return undefined;
  }
}

/** The GraphQL endpoint, usable in-process by tests (`yoga.fetch`) and mounted by the HTTP app. */
export function createGuanxiYoga({
  executor,
  logger,
  tokens,
  limits,
  persisted = { operations: new Map(), only: false },
}: YogaOptions): GuanxiYoga {
  return createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: '/graphql',
    logging: logger,
    // Unexpected errors reach clients as "Unexpected error." with no stack, Cypher or secret —
    // even under NODE_ENV=development, where yoga would otherwise attach the original error.
    maskedErrors: { isDev: false },
    landingPage: false,
    // CORS is decided by the HTTP layer's allowlist (http/cors.ts); yoga's default allows any origin.
    cors: false,
    // GraphiQL's editor is served from this process, not a CDN, so it works offline and behind
    // firewalls as analysts' machines often are.
    renderGraphiQL,
    // Operations are resolved from their hash first, so every later limit sees the real text.
    plugins: [usePersistedOperationList(persisted), ...useOperationLimits(limits)],
    graphiql: (request) => ({
      title: 'Guanxi GraphiQL',
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
      variables: linkedVariables(request),
    }),
    context: ({ request }): GraphContext => {
      const requestExecutor = executor.fork();
      return {
        executor: requestExecutor,
        loaders: createLoaders(requestExecutor),
        logger,
        writesEnabled: tokens.length > 0,
        actor: actorOf(bearerToken(request), tokens),
      };
    },
  });
}
