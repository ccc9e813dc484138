/** A link that opens GraphiQL with an operation and its variables filled in. */
export function graphiqlLink(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
): string {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `${endpoint}?${params.toString()}`;
}
