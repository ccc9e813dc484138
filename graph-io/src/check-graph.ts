import {
  type GraphFileProblem,
  type TextResolver,
  validateGraphFile,
  type ValidatedGraph,
} from '@guanxi/graph-schema';
import { checksumProblems } from './checksum';

export type CheckResult =
  { ok: true; graph: ValidatedGraph } | { ok: false; problems: GraphFileProblem[] };

/** Every check that needs no database: the file's own rules, then the source checksums. */
export function checkGraph(input: unknown, resolveText: TextResolver): CheckResult {
  const validation = validateGraphFile(input, resolveText);
  if (!validation.ok) return validation;
  const problems = checksumProblems(validation.graph.sources);
  return problems.length > 0 ? { ok: false, problems } : validation;
}
