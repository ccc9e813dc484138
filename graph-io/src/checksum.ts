import { createHash } from 'node:crypto';
import type { GraphFileProblem, ResolvedSource } from '@guanxi/graph-schema';

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A stated checksum that disagrees with the text means the text changed under its quotes. */
export function checksumProblems(sources: readonly ResolvedSource[]): GraphFileProblem[] {
  return sources.flatMap((source, index) => {
    if (source.checksum === undefined) return [];
    const actual = sha256Hex(source.text);
    return source.checksum === actual
      ? []
      : [
          {
            path: `sources[${index}].checksum`,
            message: `the text's SHA-256 is ${actual}, not ${source.checksum}: the text changed since its quotes were checked`,
          },
        ];
  });
}
