import { Spinner } from '../../../components/spinner';
import type { Activity } from '../hooks/use-exploration';
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
