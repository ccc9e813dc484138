import type { CommitState } from '../hooks/use-ingest-draft';
import type { IngestDraft } from '../lib/draft';
import { decisionLabel } from '../lib/format';
import { skippedRelationships } from '../lib/review';
import { isTokenRefusal } from '../../../lib/write-token';
import './commit-bar.css';

interface CommitBarProps {
  draft: IngestDraft;
  saving: boolean;
  commitState: CommitState;
  onCommit(): void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** What a commit would write now (the server's preview), what it leaves out and why, and Commit. */
export function CommitBar({ draft, saving, commitState, onCommit }: CommitBarProps) {
  const { preview } = draft;
  const names = new Map(draft.entities.map((entity) => [entity.id, entity.name]));
  const skipped = skippedRelationships(draft);
  const entities = preview.entitiesToCreate + preview.entitiesToMatch;
  const committing = commitState.status === 'committing';
  const left = preview.pending + preview.unsure;
  return (
    <section className="commit-bar" aria-label="Commit preview" data-testid="commit-preview">
      <dl className="preview-counts" aria-busy={saving}>
        <Count value={preview.entitiesToCreate} label="entities to create" id="create" />
        <Count value={preview.entitiesToMatch} label="to match" id="match" />
        <Count value={preview.relationshipsToWrite} label="relationships" id="relationships" />
        <Count value={preview.relationshipsToSkip} label="skipped" id="skipped" />
      </dl>
      <div className="commit-notes">
        {left > 0 && (
          <p>
            {plural(preview.pending, 'pending candidate')} and {preview.unsure} unsure are left out:
            only accepted candidates are written.
          </p>
        )}
        {skipped.length > 0 && (
          <details>
            <summary>
              Why {plural(skipped.length, 'accepted relationship')}{' '}
              {skipped.length === 1 ? 'is' : 'are'} skipped
            </summary>
            <ul>
              {skipped.map(({ relationship, ends }) => (
                <li key={relationship.id}>
                  {names.get(relationship.fromId)} —{relationship.label}→{' '}
                  {names.get(relationship.toId)}:{' '}
                  {ends.map((end) => `${end.name} is ${decisionLabel(end.decision)}`).join('; ')}
                </li>
              ))}
            </ul>
          </details>
        )}
        {commitState.status === 'error' && (
          <p className="save-error" role="alert">
            Not committed: {commitState.error.message}
            {isTokenRefusal(commitState.error) && ' Check the write token above.'}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button-primary"
        disabled={entities === 0 || saving || committing}
        aria-busy={committing}
        onClick={onCommit}
      >
        {committing ? 'Committing…' : saving ? 'Saving decisions…' : 'Commit'}
      </button>
    </section>
  );
}

function Count({ value, label, id }: { value: number; label: string; id: string }) {
  return (
    <div data-testid={`preview-${id}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
