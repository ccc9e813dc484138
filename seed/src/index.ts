export { ARTICLE_GRAPH_FILE } from './article';
export { generateSyntheticGraph, type SyntheticGraphOptions } from './synthetic/generate';
