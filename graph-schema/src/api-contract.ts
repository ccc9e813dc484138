import type { EntityKind } from './entity-kinds';

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
  /**
   * Persisted operations: the hash names no operation registered with this server (the message
   * is the protocol's `PersistedQueryNotFound`, so a client may retry with the full text).
   */
  'PERSISTED_QUERY_NOT_FOUND',
  /** The server runs only registered operations (persisted-operations-only mode). */
  'PERSISTED_QUERY_ONLY',
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
  /** Relationships read by id at once (`relationships`): exports of a large view ask in batches. */
  relationships: { ids: { max: 1000 } },
  /**
   * What several entities share (`commonConnections`: ties listed per given entity and shared
   * connection, direct ones first) and which bodies share people (`interlocks`: among the bodies
   * `ids` names, or among all; `people` listed per pair).
   */
  analysis: {
    commonConnections: {
      ids: { min: 2, max: 10 },
      first: { default: 20, max: 50 },
      tiesPerEntity: 5,
    },
    interlocks: {
      ids: { min: 2, max: 100 },
      minShared: { default: 2, min: 1 },
      first: { default: 20, max: 50 },
      people: { default: 10, max: 50 },
    },
  },
  /**
   * One answer, serialised: larger ones are refused with LIMIT_EXCEEDED rather than sent. Ask for
   * smaller pages, fewer levels or a smaller `peopleLimit`/`limit`.
   */
  response: { maxBytes: 5_000_000 },
  /**
   * Heavy reads (a neighbourhood of depth 2 or more, who-knows-whom paths, the overview, any
   * operation of cost `heavyCost` or more) run at most `concurrent` at a time; up to `queued` more
   * wait, at most `maxWaitMs`. Beyond that the answer is LIMIT_EXCEEDED with HTTP 429 and a
   * `Retry-After` header. Cheap reads never wait for heavy ones.
   */
  heavyReads: {
    heavyCost: 5_000,
    concurrent: 2,
    queued: 64,
    maxWaitMs: 10_000,
    retryAfterSeconds: 2,
  },
} as const;

/** The kinds `affiliations` answers for: a person's offices, an institution's bodies and people. */
export const AFFILIATION_KINDS = ['PERSON', 'INSTITUTION'] as const satisfies readonly EntityKind[];

export const hasAffiliations = (kind: EntityKind): boolean =>
  (AFFILIATION_KINDS as readonly EntityKind[]).includes(kind);
