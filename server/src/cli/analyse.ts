import { BETWEENNESS_SOURCES, EXACT_BETWEENNESS_LIMIT } from '../services/scores-service';
import { openDatabase } from './database';
import { parseOptions, runCli } from './run-cli';
import { scoreGraphWithProgress } from './score-graph';

const USAGE = `usage: npm run analyse [-- --data-dir .data/neo4j]

Computes who matters over the whole entity graph (entities and their relationships; sources and
mentions are left out) and stores on every entity its degree, betweenness, PageRank, Louvain
community and the time of the run (scoresComputedAt). Prints the number of communities and their
modularity. Betweenness is exact up to ${EXACT_BETWEENNESS_LIMIT} entities; above, it is estimated
from the searches of ${BETWEENNESS_SOURCES} entities drawn at random.
Connects to NEO4J_URI when set, else to the local database.`;

await runCli(async () => {
  const options = parseOptions({ 'data-dir': { type: 'string' } }, USAGE);
  const database = await openDatabase(options['data-dir']);
  try {
    await scoreGraphWithProgress(database);
  } finally {
    await database.close();
  }
});
