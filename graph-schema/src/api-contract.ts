/*
 * What the GraphQL API promises its clients, in one place: the server enforces these limits and
 * prints them in its schema descriptions; the explorer reads them instead of copying them.
 */

/** Error codes a client can rely on, in `extensions.code`. */
export const API_ERROR_CODES = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'DATABASE_UNAVAILABLE',
  'CONFLICT',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const API_LIMITS = {
  /** Items in one page of a relationship or list field. */
  page: { default: 20, max: 100 },
  search: { default: 10, max: 50, maxChars: 200, maxTerms: 12 },
  /** Who-knows-whom: path length and number of paths. */
  connections: { hops: { min: 1, default: 4, max: 6 }, paths: { default: 3, max: 10 } },
  neighborhood: { depth: { default: 1, max: 3 }, nodes: { default: 200, max: 1000 } },
  /** The opening picture: the whole graph when it holds at most this many entities. */
  overview: { nodes: { default: 200, max: 1000 } },
  /** One article to ingest: about 30,000 words. */
  ingest: { maxChars: 200_000 },
  /** Audit entries of one entity or relationship. */
  history: { default: 20, max: 100 },
  affiliations: { people: { default: 500, max: 2000 }, bodyDepth: 10 },
} as const;
