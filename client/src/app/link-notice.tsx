/**
 * Says which ids of a shared link the graph does not hold (deleted or merged since), so that a
 * reader knows the picture is not quite the one shared, instead of silently showing less.
 */
export function LinkNotice({ missing, onDismiss }: { missing: string[]; onDismiss(): void }) {
  if (missing.length === 0) return null;
  const count = missing.length === 1 ? 'One entity' : `${missing.length} entities`;
  return (
    <div className="link-notice" role="status" data-testid="link-notice">
      <p>
        {count} in this link {missing.length === 1 ? 'is' : 'are'} not in the graph any more and{' '}
        {missing.length === 1 ? 'was' : 'were'} left out: <code>{missing.join(', ')}</code>. The
        rest of the view is restored.
      </p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
