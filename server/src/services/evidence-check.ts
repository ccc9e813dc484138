import type { Evidence } from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';
import { invalidInput } from '../errors';
import { readSourceTextsByIds } from '../repositories/source-repository';

/**
 * Every quote must be in its source, exactly at its offsets: a quote that cannot be found
 * where it claims to be is not evidence. Runs inside the write, so the check and the change
 * see the same sources.
 */
export async function checkEvidenceAgainstSources(
  tx: QueryRunner,
  evidence: readonly Evidence[],
  path: readonly (string | number)[] = ['evidence'],
): Promise<void> {
  const ids = [...new Set(evidence.map((e) => e.sourceId))];
  const texts = await readSourceTextsByIds(tx, ids);
  const textOf = new Map(ids.map((id, index) => [id, texts[index]]));
  const issues = evidence.flatMap((quote, index) => {
    const text = textOf.get(quote.sourceId);
    if (text === undefined || text === null) {
      return [
        { path: [...path, index, 'sourceId'], message: `no source has the id "${quote.sourceId}"` },
      ];
    }
    if (text.slice(quote.start, quote.end) !== quote.quote) {
      return [
        {
          path: [...path, index, 'quote'],
          message: `the source does not read "${quote.quote}" at ${quote.start}–${quote.end}`,
        },
      ];
    }
    return [];
  });
  if (issues.length > 0) throw invalidInput('evidence', issues);
}
