/** Environment variables through which global setup hands the test Neo4j to test files. */
export const TEST_NEO4J_ENV = {
  uri: 'GUANXI_TEST_NEO4J_URI',
  user: 'GUANXI_TEST_NEO4J_USER',
  password: 'GUANXI_TEST_NEO4J_PASSWORD',
} as const;
