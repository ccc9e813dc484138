import { API_LIMITS } from '@guanxi/graph-schema';
import { type FormEvent, useId, useState } from 'react';
import { useClient } from 'urql';
import { StatusMessage } from '../../../components/status-message';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import { type ArticleInput, proposeIngest } from '../api/ingest-mutations';
import type { IngestDraft } from '../lib/draft';
import { isTokenRefusal } from '../../../lib/write-token';
import './propose-form.css';

const MAX_CHARS = API_LIMITS.ingest.maxChars;

interface ProposeFormProps {
  token: string;
  onError(error: ApiError | null): void;
  onProposed(draft: IngestDraft): void;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** Step one: the article's text (pasted or from a .txt file) and what is known about it. */
export function ProposeForm({ token, onError, onProposed }: ProposeFormProps) {
  const id = useId();
  const client = useClient();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const tooLong = text.length > MAX_CHARS;

  const fail = (next: ApiError | null) => {
    setError(next);
    onError(next);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setText(await file.text());
      if (!title) setTitle(file.name.replace(/\.txt$/i, ''));
      fail(null);
    } catch (reason) {
      fail(asApiError(reason));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || tooLong || busy) return;
    const input: ArticleInput = {
      text,
      title: optional(title),
      url: optional(url),
      publishedAt: optional(publishedAt),
    };
    setBusy(true);
    fail(null);
    try {
      onProposed(await proposeIngest(client, input, token));
    } catch (reason) {
      fail(asApiError(reason));
      setBusy(false);
    }
  };

  return (
    <form className="propose-form" aria-label="Propose an article" onSubmit={submit}>
      <div className="propose-text">
        <label className="field-label" htmlFor={`${id}-text`}>
          Article text
        </label>
        <textarea
          id={`${id}-text`}
          value={text}
          placeholder="Paste the article as plain text: its title on the first line, then the body."
          onChange={(event) => setText(event.target.value)}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count`}
        />
        <p id={`${id}-count`} className={`more-note${tooLong ? ' propose-too-long' : ''}`}>
          {text.length.toLocaleString('en')} of at most {MAX_CHARS.toLocaleString('en')} characters
        </p>
      </div>
      <div className="propose-fields">
        <div>
          <label className="field-label" htmlFor={`${id}-file`}>
            Or upload a .txt file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,text/plain"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
        <Field
          id={`${id}-title`}
          label="Title (optional)"
          value={title}
          onChange={setTitle}
          placeholder="Defaults to the first line"
        />
        <Field
          id={`${id}-url`}
          label="URL (optional)"
          value={url}
          onChange={setUrl}
          type="url"
          placeholder="https://…"
        />
        <Field
          id={`${id}-date`}
          label="Published (optional)"
          value={publishedAt}
          onChange={setPublishedAt}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={!text.trim() || tooLong || busy}
          aria-busy={busy}
        >
          {busy ? 'Proposing…' : 'Propose'}
        </button>
        <p className="more-note">
          Proposing stores the article as a source and suggests entities and relationships. Nothing
          enters the graph until you review and commit.
        </p>
        {error && (
          <StatusMessage tone="error" title="The article was not proposed">
            <p>{error.message}</p>
            {isTokenRefusal(error) && <p>Check the write token above.</p>}
          </StatusMessage>
        )}
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder: string;
  type?: 'text' | 'url';
  pattern?: string;
}

function Field({ id, label, value, onChange, placeholder, type = 'text', pattern }: FieldProps) {
  return (
    <div>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="text-field"
        type={type}
        value={value}
        placeholder={placeholder}
        pattern={pattern}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
