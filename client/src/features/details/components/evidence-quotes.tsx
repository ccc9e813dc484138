import type { EvidenceQuote } from '../api/get-entity-details';
import './evidence-quotes.css';

interface EvidenceQuotesProps {
  evidence: readonly EvidenceQuote[];
  onOpen(evidence: EvidenceQuote): void;
}

/** Quotes that state a fact; each opens its source with the span highlighted. */
export function EvidenceQuotes({ evidence, onOpen }: EvidenceQuotesProps) {
  return (
    <>
      {evidence.map((quote) => (
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
    </>
  );
}
