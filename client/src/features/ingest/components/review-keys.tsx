import { keyLabel } from '../../../lib/shortcuts';
import { REVIEW_KEYS } from '../lib/review';

/** The review keys, printed from the table the list acts on. */
export function ReviewKeys() {
  return (
    <dl className="review-keys" aria-label="Review keys">
      {REVIEW_KEYS.map((entry) => (
        <div key={entry.command}>
          <dt>
            {entry.keys.map((key) => (
              <kbd key={key}>{keyLabel(key)}</kbd>
            ))}
          </dt>
          <dd>{entry.does}</dd>
        </div>
      ))}
    </dl>
  );
}
