import { useState } from 'react';
import type { EvidenceQuote } from '../api/get-entity-details';
import { bestQuotesFirst } from '../lib/evidence';
import './evidence-quotes.css';

interface EvidenceQuotesProps {
  evidence: readonly EvidenceQuote[];
  /** Names of what the quotes are evidence for: a quote that names more of them comes first. */
  names: readonly string[];
  onOpen(evidence: EvidenceQuote): void;
}

/**
 * The best quote of a fact, and all of them on demand; each opens its source with the span
 * highlighted.
 */
export function EvidenceQuotes({ evidence, names, onOpen }: EvidenceQuotesProps) {
  const [showAll, setShowAll] = useState(false);
  const quotes = bestQuotesFirst(evidence, names);
  return (
    <div className="evidence-quotes">
      {(showAll ? quotes : quotes.slice(0, 1)).map((quote) => (
        <button
          key={`${quote.sourceId}:${quote.start}:${quote.end}`}
          type="button"
          className="quote"
          title="Open the source with this passage highlighted"
          onClick={() => onOpen(quote)}
        >
          “{quote.quote}”
        </button>
      ))}
      {quotes.length > 1 && (
        <button
          type="button"
          className="link-button quotes-toggle"
          aria-expanded={showAll}
          onClick={() => setShowAll((shown) => !shown)}
        >
          {showAll ? 'Only the best quote' : `All ${quotes.length} quotes`}
        </button>
      )}
    </div>
  );
}
