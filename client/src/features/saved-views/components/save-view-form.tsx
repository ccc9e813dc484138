import { SAVED_VIEW_LIMITS } from '@guanxi/graph-schema';
import { type FormEvent, useId, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import type { SavedView } from '../api/saved-views';

interface SaveViewFormProps {
  /** The view on screen, as its query string; empty on the opening picture. */
  state: string;
  token: string;
  save(input: { name: string; note?: string; state: string }, token: string): Promise<SavedView>;
  onError(error: ApiError | null): void;
}

type Outcome =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; name: string }
  | { status: 'error'; error: ApiError };

/** Name (and note) the view on screen and save it; the same name again replaces one's own. */
export function SaveViewForm({ state, token, save, onError }: SaveViewFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const nameRef = useRef<HTMLInputElement>(null);
  const nothingToSave = state === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || nothingToSave || outcome.status === 'saving') return;
    setOutcome({ status: 'saving' });
    onError(null);
    try {
      const view = await save({ name, note: note.trim() || undefined, state }, token);
      setOutcome({ status: 'saved', name: view.name });
      setName('');
      setNote('');
      // The emptied form's button is disabled: focus waits in the name field for the next view.
      nameRef.current?.focus();
    } catch (reason) {
      const error = asApiError(reason);
      setOutcome({ status: 'error', error });
      onError(error);
    }
  };

  return (
    <form className="save-view-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>Save this view</h3>
      {nothingToSave ? (
        <p className="saved-views-note">
          This is the opening picture: search for someone or open a node first, then save.
        </p>
      ) : (
        <>
          <label className="field-label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            className="saved-views-input"
            value={name}
            required
            maxLength={SAVED_VIEW_LIMITS.nameLength}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setName(event.target.value)}
          />
          <small id={`${id}-hint`} className="saved-views-note">
            Saving again under a name you used replaces that view.
          </small>
          <label className="field-label" htmlFor={`${id}-note`}>
            Note <span className="saved-views-optional">(optional)</span>
          </label>
          <textarea
            id={`${id}-note`}
            className="saved-views-input"
            value={note}
            rows={3}
            maxLength={SAVED_VIEW_LIMITS.noteLength}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="saved-views-actions">
            <button
              type="submit"
              className="button button-primary"
              // Not disabled while saving, so it keeps the focus; `submit` ignores a second press.
              disabled={!name.trim()}
            >
              {outcome.status === 'saving' ? 'Saving…' : 'Save view'}
            </button>
            <span role="status" className="saved-views-outcome">
              {outcome.status === 'saved' && `Saved “${outcome.name}”.`}
            </span>
          </div>
          {outcome.status === 'error' && (
            <p role="alert" className="saved-views-error">
              {outcome.error.message}
            </p>
          )}
        </>
      )}
    </form>
  );
}
