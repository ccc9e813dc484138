import { Chain } from '../../../components/chain';
import { StatusMessage } from '../../../components/status-message';
import type { QueryResult } from '../../../lib/use-api-query';
import type { FoundPath } from '../api/get-connections';
import './path-results.css';

interface PathResultsProps {
  result: QueryResult<FoundPath[]>;
  onNavigate(id: string): void;
}

/** The answer to a who-knows-whom question: each path, one sentence per hop. */
export function PathResults({ result, onNavigate }: PathResultsProps) {
  if (result.status === 'loading' || result.status === 'idle')
    return <StatusMessage tone="loading" title="Looking for connections…" />;
  if (result.status === 'error')
    return (
      <StatusMessage tone="error" title="The search for connections failed" onRetry={result.retry}>
        <p>{result.error.message}</p>
      </StatusMessage>
    );
  if (result.data.length === 0)
    return (
      <StatusMessage tone="neutral" title="No connection found">
        <p>
          Nothing joins these two within the hop limit. Allow more hops or avoid fewer entities.
        </p>
      </StatusMessage>
    );
  return (
    <div aria-live="polite" data-testid="path-results">
      {result.data.map((path, index) => (
        <section
          key={path.hops.map((hop) => hop.relationshipId).join('|')}
          className="path-card"
          aria-label={`Path ${index + 1}`}
        >
          <h3>
            Path {index + 1} · {path.length} {path.length === 1 ? 'step' : 'steps'}
          </h3>
          <ol className="path-steps">
            {path.hops.map((hop) => (
              <li key={hop.relationshipId}>
                {hop.sentence}.
                {hop.evidence[0] && <span className="more-note"> “{hop.evidence[0].quote}”</span>}
              </li>
            ))}
          </ol>
          <Chain arrow="→">
            {path.nodes.map((node) => (
              <button
                key={node.id}
                type="button"
                className="link-button"
                onClick={() => onNavigate(node.id)}
              >
                {node.name}
              </button>
            ))}
          </Chain>
        </section>
      ))}
    </div>
  );
}
