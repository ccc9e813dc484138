import { toGraphFile } from '@guanxi/graph-io';
import type { GraphFile } from '@guanxi/graph-schema';
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
  return toGraphFile({
    sources: await readAllSources(executor),
    entities: await readAllEntities(executor),
    relationships: await readAllRelationships(executor),
  });
}
