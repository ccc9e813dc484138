import { fileURLToPath } from 'node:url';

/** The curated graph of the project's first article; its text lies beside it in `seed/article/`. */
export const ARTICLE_GRAPH_FILE = fileURLToPath(
  new URL('../data/article-000.graph.json', import.meta.url),
);
