import { type KeyboardEvent, useId, useState } from 'react';
import { KindBadge } from '../../../components/kind-icon';
import { SEARCH_DEBOUNCE_MS, SEARCH_HITS } from '../../../config/limits';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type MatchHit, useMatchSearch } from '../api/search-matches';
import type { EntityCandidate } from '../lib/draft';

interface MatchPickerProps {
  candidate: EntityCandidate;
  onPick(hit: MatchHit): void;
  onCancel(): void;
}

/**
 * Points a candidate at another existing entity of its kind: the graph's search, as a
 * combobox; arrows move, Enter picks, Escape cancels.
 */
export function MatchPicker({ candidate, onPick, onCancel }: MatchPickerProps) {
  const id = useId();
  const [text, setText] = useState(candidate.name);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const hits = useMatchSearch(query, candidate.kind, SEARCH_HITS);
  const results = hits.status === 'success' ? hits.data : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (results.length > 0) setActive((active + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = results[active];
      if (hit) onPick(hit);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="match-picker">
      <label className="field-label" htmlFor={`${id}-input`}>
        Which existing {candidate.kind.toLowerCase()} is “{candidate.name}”?
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        // The person pressed "m" (or Match) to search here.
        autoFocus
        aria-expanded={results.length > 0}
        aria-controls={`${id}-hits`}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${id}-hit-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-hits`} role="listbox" aria-label="Existing entities" className="match-hits">
        {results.map((hit, index) => (
          <li
            key={hit.id}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={index === active}
            className="match-hit"
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(hit);
            }}
          >
            <span>
              {hit.name}
              {hit.matched && <small> matched “{hit.matched}”</small>}
            </span>
            <KindBadge kind={hit.kind} />
          </li>
        ))}
      </ul>
      <p className="more-note" role="status">
        {hits.status === 'loading' || text.trim() !== query
          ? 'Searching…'
          : hits.status === 'error'
            ? hits.error.message
            : hits.status === 'success' && results.length === 0
              ? `No ${candidate.kind.toLowerCase()} found for “${query}”.`
              : 'Enter picks, Escape cancels.'}
      </p>
    </div>
  );
}
