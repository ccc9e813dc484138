export { generateSyntheticGraph, type SyntheticGraphOptions } from './synthetic/generate';
