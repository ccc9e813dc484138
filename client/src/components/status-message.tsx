import type { ReactNode } from 'react';
import { Spinner } from './spinner';
import './status-message.css';

interface StatusMessageProps {
  tone: 'neutral' | 'loading' | 'error';
  title: string;
  children?: ReactNode;
  onRetry?: () => void;
}

/** The one way the app says "nothing here yet", "working on it" or "that failed". */
export function StatusMessage({ tone, title, children, onRetry }: StatusMessageProps) {
  return (
    <div
      className={`status-message status-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
    >
      {tone === 'loading' && <Spinner />}
      <p className="status-title">{title}</p>
      {children && <div className="status-body">{children}</div>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
