import {
  computeScores,
  EXACT_BETWEENNESS_LIMIT,
  type ScoresPhase,
} from '../services/scores-service';
import type { OpenDatabase } from './database';
import { type Progress, progressBar } from './progress';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs the graph-wide scores job with a line per phase on stderr (a bar too, on a terminal and
 * for large graphs) and prints what it found: `npm run analyse`, and the end of every seed.
 */
export async function scoreGraphWithProgress(database: OpenDatabase): Promise<void> {
  const started = performance.now();
  const elapsed = () => seconds(performance.now() - started);
  const bars = new Map<ScoresPhase, Progress>();
  const onProgress = (phase: ScoresPhase, done: number, total: number) => {
    let bar = bars.get(phase);
    if (!bar) {
      for (const earlier of bars.values()) earlier.stop();
      console.error(
        `[${elapsed()}] scores: ${phase === 'compute' ? 'computing' : `${phase} ${total} entities`}…`,
      );
      bar = progressBar(`scores ${phase}`, total);
      bars.set(phase, bar);
    }
    bar.onProgress?.(done, total);
  };
  try {
    const summary = await computeScores(database.executor, { onProgress });
    for (const bar of bars.values()) bar.stop();
    const betweenness =
      summary.betweenness === 'exact'
        ? 'exact'
        : `left out (more than ${EXACT_BETWEENNESS_LIMIT} entities)`;
    console.log(
      `Scored ${summary.entities} entities and ${summary.ties} ties in ${elapsed()}: ` +
        `${summary.communities} communities, modularity ${summary.modularity.toFixed(3)}; ` +
        `betweenness ${betweenness}. Computed at ${summary.computedAt}.`,
    );
  } finally {
    for (const bar of bars.values()) bar.stop();
  }
}
