import type { Subgraph } from '../../../lib/explorer-graph';
import { pathsSubgraph } from '../../../lib/found-path';
import type { SharedConnection } from '../api/get-common-connections';

/** The shared connections and every tie to them, as a subgraph the canvas can draw. */
export const tiesSubgraph = (connections: readonly SharedConnection[]): Subgraph =>
  pathsSubgraph(connections.flatMap((connection) => connection.ties));
