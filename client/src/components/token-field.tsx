import { useId } from 'react';
import './token-field.css';

interface TokenFieldProps {
  value: string;
  onChange(token: string): void;
  /** The last answer said the token is missing or not good enough. */
  refused: boolean;
  /** The changes it is sent with, for the note under the field: "proposals, decisions, commits". */
  sentWith: string;
}

/** The write token: a password field, kept in this tab only, sent with the changes it allows. */
export function TokenField({ value, onChange, refused, sentWith }: TokenFieldProps) {
  const id = useId();
  return (
    <div className={`token-field${refused ? ' token-refused' : ''}`}>
      <label className="field-label" htmlFor={id}>
        Write token
      </label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder="Paste a token of the write scope"
        aria-describedby={`${id}-note`}
        aria-invalid={refused}
        onChange={(event) => onChange(event.target.value)}
      />
      <small id={`${id}-note`}>Kept in this tab only; sent with {sentWith}.</small>
    </div>
  );
}
