import { API_ERROR_CODES, type ApiErrorCode as ContractErrorCode } from '@guanxi/graph-schema';
import {
  type AnyVariables,
  Client,
  type CombinedError,
  cacheExchange,
  type DocumentInput,
  fetchExchange,
  type OperationContext,
} from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

/** The API's codes (its contract), plus what can go wrong before it answers in its own terms. */
export type ApiErrorCode = ContractErrorCode | 'NETWORK' | 'SERVER';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const GRAPHQL_ENDPOINT = '/graphql';

export type ApiClient = Client;

/**
 * The one GraphQL client. Its document cache answers a question already asked (re-selecting a
 * node, reopening a menu) without a request. The only writes are the ingest screen's; urql drops
 * the cached answers that hold the types a mutation returns, so a commit's entities load afresh.
 * Operations go by hash: the build registers them with the server, which may run nothing else.
 */
export function createApiClient(): ApiClient {
  return new Client({
    url: GRAPHQL_ENDPOINT,
    exchanges: [
      cacheExchange,
      // An unregistered operation (a development build) is retried with its text.
      persistedExchange({ enableForMutation: true, preferGetForPersistedQueries: false }),
      fetchExchange,
    ],
    // POST keeps variables out of URLs and server logs.
    preferGetMethod: false,
  });
}

const isContractCode = (code: unknown): code is ContractErrorCode =>
  (API_ERROR_CODES as readonly unknown[]).includes(code);

/** The first GraphQL error with its code, or what the transport says went wrong. */
export function toApiError(error: CombinedError): ApiError {
  const [first] = error.graphQLErrors;
  if (first)
    return new ApiError(
      isContractCode(first.extensions.code) ? first.extensions.code : 'SERVER',
      first.message,
    );
  const response = error.response as Response | undefined;
  if (response)
    return new ApiError('SERVER', `The server answered ${response.status} ${response.statusText}.`);
  return new ApiError('NETWORK', 'The server cannot be reached.');
}

/**
 * Runs one query through the client (and its cache, unless `context` asks otherwise) for code
 * that awaits an answer.
 */
export async function runQuery<Result, Variables extends AnyVariables>(
  client: ApiClient,
  document: DocumentInput<Result, Variables>,
  variables: Variables,
  context?: Partial<OperationContext>,
): Promise<Result> {
  const result = await client.query(document, variables, context).toPromise();
  if (result.error) throw toApiError(result.error);
  if (!result.data) throw new ApiError('SERVER', 'The server answered without data.');
  return result.data;
}

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError('SERVER', error instanceof Error ? error.message : 'Something went wrong.');

/** Runs one mutation with extra request headers (a bearer token), for code that awaits it. */
export async function runMutation<Result, Variables extends AnyVariables>(
  client: ApiClient,
  document: DocumentInput<Result, Variables>,
  variables: Variables,
  headers: Record<string, string> = {},
): Promise<Result> {
  const result = await client
    .mutation(document, variables, { fetchOptions: { headers } })
    .toPromise();
  if (result.error) throw toApiError(result.error);
  if (!result.data) throw new ApiError('SERVER', 'The server answered without data.');
  return result.data;
}
