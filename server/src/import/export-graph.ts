import { GRAPH_FILE_FORMAT, type GraphFile } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import {
  readAllEntities,
  readAllRelationships,
  readAllSources,
} from '../repositories/graph-export-repository';

/**
 * The whole database as a graph file, every source's text inline: loading the result into an
 * empty database gives back the same graph. Reads run one after another, so export from a
 * database nobody is writing to.
 */
export async function exportGraph(executor: Executor): Promise<GraphFile> {
  const sources = await readAllSources(executor);
  const entities = await readAllEntities(executor);
  const relationships = await readAllRelationships(executor);
  return {
    format: GRAPH_FILE_FORMAT,
    description:
      'Exported from a Guanxi database: sources with their text, entities and relationships with their evidence.',
    sources,
    entities,
    relationships,
  };
}
