import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextResolver } from '@guanxi/graph-schema';
import { type CheckResult, checkGraph } from './check-graph';

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

/** Reads a graph file (JSON, format guanxi-graph/1) and checks it whole; nothing is written. */
export async function readGraphFile(dataFile: string): Promise<CheckResult> {
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
  return checkGraph(input, textFilesBeside(dataFile));
}
