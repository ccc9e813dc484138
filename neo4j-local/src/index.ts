export { defaultDataDir, externalConnectionFromEnv, localSettingsFromEnv } from './connection';
export { findFreePort } from './free-port';
export { ensureLauncherBuilt } from './launcher-build';
export {
  type LocalNeo4j,
  type LocalNeo4jExit,
  type LocalNeo4jOptions,
  type Neo4jConnection,
  startLocalNeo4j,
} from './local-server';
export { maskSecret } from './password';
export {
  describeExit,
  type SupervisedNeo4j,
  type SupervisedNeo4jOptions,
  type SupervisorEvent,
  superviseLocalNeo4j,
} from './supervisor';
