import { type Executor, seedArticle as loadArticleGraph } from '@guanxi/server';

/**
 * Loads the curated article graph (seed/data/article-000.graph.json) into the test database.
 * Call it after `openEmptyTestDatabase()`: the article then is the whole graph.
 */
export async function seedArticle(executor: Executor): Promise<void> {
  await loadArticleGraph(executor);
}
