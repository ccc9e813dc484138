import { ensureLauncherBuilt } from './launcher-build';

/** `npm run neo4j:build`: fetch Neo4j from Maven Central and compile the launcher ahead of time. */
const command = process.argv[2];
if (command !== 'build') {
  console.error('usage: tsx neo4j-local/src/cli.ts build');
  process.exit(2);
}
await ensureLauncherBuilt((line) => console.log(line));
console.log('neo4j-local: launcher ready');
