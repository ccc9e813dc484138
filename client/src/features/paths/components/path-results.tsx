import type { ReactNode } from 'react';
import { Chain } from '../../../components/chain';
import { StatusMessage } from '../../../components/status-message';
import { PATH_COLORS } from '../../../config/theme';
import type { QueryResult } from '../../../lib/use-api-query';
import type { FoundPath, PathHop } from '../../../lib/found-path';
import './path-results.css';

export interface HopEvidenceProps {
  evidence: PathHop['evidence'];
  /** The names of the hop's two ends, which the best quote names. */
  names: readonly string[];
  /** What the quotes are evidence for, for the source viewer's heading. */
  about: string;
}

interface PathResultsProps {
  result: QueryResult<FoundPath[]>;
  /** The index of the path shown alone on the canvas, if one is. */
  isolated: number | null;
  onIsolate(index: number): void;
  /** The app's evidence quotes, so this feature does not depend on the details feature. */
  renderEvidence(props: HopEvidenceProps): ReactNode;
  onNavigate(id: string): void;
}

const colorOf = (index: number): string => PATH_COLORS[index % PATH_COLORS.length] ?? '';

/** The answer to a who-knows-whom question: each path in its colour, one sentence per hop. */
export function PathResults({
  result,
  isolated,
  onIsolate,
  renderEvidence,
  onNavigate,
}: PathResultsProps) {
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
      {result.data.map((path, index) => {
        const nameOf = (id: string) => path.nodes.find((node) => node.id === id)?.name ?? id;
        const title = `Path ${index + 1}`;
        return (
          <section
            key={path.hops.map((hop) => hop.relationshipId).join('|')}
            className={`path-card${isolated === index ? ' isolated' : ''}`}
            style={{ borderLeftColor: colorOf(index) }}
            aria-label={title}
          >
            <div className="path-card-header">
              <span
                className="path-swatch"
                data-testid="path-swatch"
                style={{ backgroundColor: colorOf(index) }}
                aria-hidden="true"
              />
              <h3>
                {title} · {path.length} {path.length === 1 ? 'step' : 'steps'}
              </h3>
              <button
                type="button"
                className="button"
                aria-pressed={isolated === index}
                title="Show only this path on the canvas; press again to show everything"
                onClick={() => onIsolate(index)}
              >
                Isolate
              </button>
            </div>
            <ol className="path-steps">
              {path.hops.map((hop) => (
                <li key={hop.relationshipId}>
                  {hop.sentence}.
                  {renderEvidence({
                    evidence: hop.evidence,
                    names: [nameOf(hop.fromId), nameOf(hop.toId)],
                    about: hop.sentence,
                  })}
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
        );
      })}
    </div>
  );
}
