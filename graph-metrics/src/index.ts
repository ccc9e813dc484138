export { betweenness, type BetweennessOptions } from './betweenness';
