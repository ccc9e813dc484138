import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** The API's error codes, plus what can go wrong before an answer arrives. */
export const API_ERROR_CODES = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'DATABASE_UNAVAILABLE',
  'NETWORK',
  'SERVER',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const knownCode = (code: string | undefined): ApiErrorCode =>
  (API_ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as ApiErrorCode) : 'SERVER';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Sends one operation to /graphql; any GraphQL error becomes an ApiError with its code. */
export async function execute<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', 'The server cannot be reached.');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<Result>;
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(knownCode(first.extensions?.code), first.message);
  if (!response.ok || !body.data)
    throw new ApiError('SERVER', `The server answered ${response.status} ${response.statusText}.`);
  return body.data;
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError('SERVER', error instanceof Error ? error.message : 'Something went wrong.');
