import { type ApiToken, createGuanxiYoga, createLogger, type Executor } from '@guanxi/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** Runs operations through the real yoga instance in-process: no port, same code path as HTTP. */
export function graphqlClient(executor: Executor, options: { tokens?: ApiToken[] } = {}) {
  const yoga = createGuanxiYoga({
    executor,
    logger: createLogger(process.env.GUANXI_TEST_LOG ?? 'silent'),
    tokens: options.tokens ?? [],
  });
  return async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    operationName?: string,
  ): Promise<GraphQLResponse<T>> => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}
