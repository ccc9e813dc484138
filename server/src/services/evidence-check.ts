import type { Evidence } from '@guanxi/graph-schema';
import type { TransactionRunner } from '../db/executor';
import { invalidInput } from '../errors';
import { readSourceTexts } from '../repositories/source-repository';

/**
 * Every quote must be in its source, exactly at its offsets: a quote that cannot be found
 * where it claims to be is not evidence. Runs inside the write, so the check and the change
 * see the same sources.
 */
export async function checkEvidenceAgainstSources(
  tx: TransactionRunner,
  evidence: readonly Evidence[],
  path: readonly (string | number)[] = ['evidence'],
): Promise<void> {
  const texts = await readSourceTexts(tx, [...new Set(evidence.map((e) => e.sourceId))]);
  const issues = evidence.flatMap((quote, index) => {
    const text = texts.get(quote.sourceId);
    if (text === undefined) {
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
