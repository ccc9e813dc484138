import type { Executor } from '../db/executor';
import { type GraphStats, readGraphStats } from '../repositories/stats-repository';

export type { GraphStats };

/** Counts per node label and per relationship type, every label and type listed, zeros included. */
export const graphStats = (executor: Executor): Promise<GraphStats> => readGraphStats(executor);
