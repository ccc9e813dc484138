export { betweenness, type BetweennessOptions } from './betweenness';
export { seededRandom } from './seeded-random';
