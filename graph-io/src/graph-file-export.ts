import {
  type Entity,
  GRAPH_FILE_FORMAT,
  type GraphFile,
  type RelationshipRecord,
  type Source,
} from '@guanxi/graph-schema';

export interface ExportedGraph {
  sources: Source[];
  entities: Entity[];
  relationships: RelationshipRecord[];
}

/** A database's content as a graph file: loading it into an empty database gives it back. */
export const toGraphFile = ({ sources, entities, relationships }: ExportedGraph): GraphFile => ({
  format: GRAPH_FILE_FORMAT,
  description:
    'Exported from a Guanxi database: sources with their text, entities and relationships with their evidence.',
  sources,
  entities,
  relationships,
});

/** Stable, readable JSON: two exports of the same graph are byte-identical. */
export const serialiseGraphFile = (graph: GraphFile): string =>
  `${JSON.stringify(graph, null, 2)}\n`;
