import { Spinner } from '../../../components/spinner';
import type { Activity } from '../hooks/use-exploration';
import type { LayoutProgress } from '../lib/incremental-layout';
import './activity-indicator.css';

/** What the exploration is loading, or what failed, over a picture that is already drawn. */
export function ActivityIndicator({ activity }: { activity: Activity }) {
  const { pending, error, retry } = activity;
  if (!pending && !error) return null;
  return (
    <div className={`activity${error ? ' activity-error' : ''}`} role={error ? 'alert' : 'status'}>
      {pending && <Spinner />}
      {pending ? `${pending}…` : error?.message}
      {error && retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

const STAGE_WORDS: Record<LayoutProgress['stage'], string> = {
  placing: 'Placing',
  refining: 'Refining',
};

/**
 * A long layout at work: which of its two stages it is in. The layout runs off the main thread,
 * so the picture can be moved meanwhile; the draft is already drawn while it refines.
 */
export function LayoutIndicator({ progress }: { progress: LayoutProgress | null }) {
  if (!progress) return null;
  const step = progress.stage === 'placing' ? 1 : 2;
  const label = `${STAGE_WORDS[progress.stage]} ${progress.nodes.toLocaleString('en')} nodes`;
  return (
    <div className="activity layout-progress" role="status" data-testid="layout-progress">
      <Spinner />
      {label}
      <progress max={2} value={step - 0.5} aria-label={`Layout, step ${step} of 2`} />
    </div>
  );
}
