import type { ReactNode } from 'react';
import { StatusMessage } from '../components/status-message';
import type { Explorer } from './use-explorer';

/**
 * What the empty canvas says: connecting, the service is down, loading, failed, nothing in
 * the database, or where to start. Nothing once a picture is drawn.
 */
export function StageStatus({ explorer }: { explorer: Explorer }) {
  const status = statusOf(explorer);
  return status && <div className="canvas-status">{status}</div>;
}

function statusOf({ health, exploration, view }: Explorer): ReactNode {
  const { activity } = exploration;
  if (health.status === 'checking') return <StatusMessage tone="loading" title="Connecting…" />;
  if (!health.ok)
    return (
      <StatusMessage tone="error" title="Guanxi cannot reach its data" onRetry={health.retry}>
        <p>{health.reason}</p>
        <p>The server may be starting or the database may be down. Try again in a moment.</p>
      </StatusMessage>
    );
  if (exploration.visible.nodes.length > 0) return null;
  if (activity.pending) return <StatusMessage tone="loading" title={`${activity.pending}…`} />;
  if (activity.error)
    return (
      <StatusMessage tone="error" title="That did not work" onRetry={activity.retry ?? undefined}>
        <p>{activity.error.message}</p>
      </StatusMessage>
    );
  if (exploration.total === 0)
    return (
      <StatusMessage tone="neutral" title="The graph is empty">
        <p>
          No entity has been loaded into the database yet. Run the seed to load the article graph.
        </p>
      </StatusMessage>
    );
  if (view.path) return null;
  return (
    <StatusMessage tone="neutral" title="Start with a name">
      <p>
        Search for a person, institution, event, place or industry above, or pick an industry on the
        left.
      </p>
    </StatusMessage>
  );
}
