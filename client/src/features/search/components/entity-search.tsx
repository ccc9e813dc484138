import { type KeyboardEvent, useId, useState } from 'react';
import { KindBadge } from '../../../components/kind-icon';
import { SEARCH_DEBOUNCE_MS, SEARCH_HITS } from '../../../config/limits';
import { type EntityHit, useEntitySearch } from '../api/search-entities';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import './entity-search.css';

interface EntitySearchProps {
  label: string;
  placeholder: string;
  onPick(hit: EntityHit): void;
  testId?: string;
}

/**
 * Autocomplete over the API's full-text search, as an ARIA combobox: debounced, arrow keys move
 * through the hits, Enter picks, Escape closes. Each hit shows its kind.
 */
export function EntitySearch({ label, placeholder, onPick, testId }: EntitySearchProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const hits = useEntitySearch(query, SEARCH_HITS);
  const results = hits.status === 'success' ? hits.data : [];
  const typing = text.trim() !== query;
  const listId = `${id}-hits`;
  const showList = open && text.trim().length > 0;

  const pick = (hit: EntityHit) => {
    onPick(hit);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0)
        setActive(
          (current) =>
            (current + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length,
        );
    } else if (event.key === 'Enter') {
      const hit = results[active];
      if (hit && showList) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="entity-search" data-testid={testId}>
      {/* Placeholders say what to type; the label is for screen readers. */}
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-hit-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-popover">
          <ul id={listId} role="listbox" aria-label={`${label}: results`} className="search-hits">
            {results.map((hit, index) => (
              <li
                key={hit.id}
                id={`${id}-hit-${index}`}
                role="option"
                aria-selected={index === active}
                className="search-hit"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(hit);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="search-hit-name">
                  {hit.name}
                  {hit.matched && (
                    <small className="search-hit-alias">matched “{hit.matched}”</small>
                  )}
                </span>
                <KindBadge kind={hit.kind} />
              </li>
            ))}
          </ul>
          {(typing || hits.status === 'loading') && results.length === 0 && (
            <p className="search-note" role="status">
              Searching…
            </p>
          )}
          {!typing && hits.status === 'success' && results.length === 0 && (
            <p className="search-note" role="status">
              Nothing found for “{query}”. Try another spelling or part of the name.
            </p>
          )}
          {hits.status === 'error' && (
            <p className="search-note search-error" role="alert">
              {hits.error.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
