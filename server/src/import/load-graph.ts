import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type GraphFileProblem,
  type TextResolver,
  validateGraphFile,
  type ValidatedGraph,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { checksumProblems } from './checksum';
import { writeGraph, type WriteGraphOptions, type WriteSummary } from './write-graph';

export type LoadResult =
  { ok: true; summary: WriteSummary } | { ok: false; problems: GraphFileProblem[] };

export type CheckResult =
  { ok: true; graph: ValidatedGraph } | { ok: false; problems: GraphFileProblem[] };

/** Every check that needs no database: the file's own rules, then the source checksums. */
export function checkGraph(input: unknown, resolveText: TextResolver): CheckResult {
  const validation = validateGraphFile(input, resolveText);
  if (!validation.ok) return validation;
  const problems = checksumProblems(validation.graph.sources);
  return problems.length > 0 ? { ok: false, problems } : validation;
}

/** Validates the whole graph first; writes only a graph without a single problem. */
export async function loadGraph(
  executor: Executor,
  input: unknown,
  resolveText: TextResolver,
  options: WriteGraphOptions = {},
): Promise<LoadResult> {
  const checked = checkGraph(input, resolveText);
  if (!checked.ok) return checked;
  return { ok: true, summary: await writeGraph(executor, checked.graph, options) };
}

/** Text files are named relative to the data file that names them. */
export const textFilesBeside =
  (dataFile: string): TextResolver =>
  (textFile) => {
    try {
      return readFileSync(path.resolve(path.dirname(dataFile), textFile), 'utf8');
    } catch {
      return undefined;
    }
  };

/** Reads, validates and loads a graph file (JSON, format guanxi-graph/1). */
export async function loadGraphFile(
  executor: Executor,
  dataFile: string,
  options: WriteGraphOptions = {},
): Promise<LoadResult> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(dataFile, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '(file)', message: `cannot read ${dataFile} as JSON: ${reason}` }],
    };
  }
  return loadGraph(executor, input, textFilesBeside(dataFile), options);
}
