/** A GraphQL document and its variables, as POSTed to /graphql. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One operation asked of both contenders, each in its own schema's words. Each answer is brought
 * to one shape of the same data, so the bench can check them identical before it times them.
 */
export interface ComparedOperation<Answer = unknown> {
  name: string;
  /** What exactly the two requests ask, for the report. */
  compared: string;
  guanxi: GraphQLRequest;
  peer: GraphQLRequest;
  fromGuanxi(data: unknown): Answer;
  fromPeer(data: unknown): Answer;
}

/** Java's String order (Neo4j's ORDER BY), which is JavaScript's `<` on UTF-16 code units. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
