import { API_LIMITS, type WriteOperation } from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import type { QueryRunner } from '../db/executor';
import { type AuditEntry, readHistory, recordAudit } from '../repositories/audit-repository';
import { boundedCount } from './bounded-count';

/** Records who did what to which records, with the state before and after, in the write's own transaction. */
export function audit(
  tx: QueryRunner,
  actor: Actor,
  operation: WriteOperation,
  subjects: readonly string[],
  change: { before: unknown; after: unknown },
): Promise<AuditEntry> {
  return recordAudit(tx, {
    actor: actor.label,
    operation,
    subjects: [...new Set(subjects)],
    before: JSON.stringify(change.before ?? null),
    after: JSON.stringify(change.after ?? null),
  });
}

export function history(
  runner: QueryRunner,
  id: string,
  first: number | null | undefined,
): Promise<AuditEntry[]> {
  const limit = boundedCount(first, {
    argument: 'first',
    min: 1,
    max: API_LIMITS.history.max,
    limit: 'History',
  });
  return readHistory(runner, id, limit);
}
