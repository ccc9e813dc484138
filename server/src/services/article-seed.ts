import { formatProblem } from '@guanxi/graph-schema';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import type { Executor } from '../db/executor';
import { isGraphEmpty } from '../repositories/graph-import-repository';
import { loadGraphFile, type WriteSummary } from './graph-import-service';
import { computeScores } from './scores-service';

/**
 * Loads the curated article graph, then scores it (a few hundred entities: well under a
 * second); a problem in the committed file is a bug, so it throws.
 */
export async function seedArticle(executor: Executor): Promise<WriteSummary> {
  const result = await loadGraphFile(executor, ARTICLE_GRAPH_FILE);
  if (!result.ok) {
    throw new Error(
      `The article graph ${ARTICLE_GRAPH_FILE} is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  await computeScores(executor);
  return result.summary;
}

/** First start: an empty database gets the article, so the explorer never opens on nothing. */
export async function seedArticleIfEmpty(executor: Executor): Promise<WriteSummary | undefined> {
  if (!(await isGraphEmpty(executor))) return undefined;
  return seedArticle(executor);
}
