import type { EvidenceQuote } from '../api/get-entity-details';

const covers = (outer: EvidenceQuote, inner: EvidenceQuote): boolean =>
  outer.sourceId === inner.sourceId && outer.start <= inner.start && inner.end <= outer.end;

const sameWords = (a: EvidenceQuote, b: EvidenceQuote): boolean =>
  a.sourceId === b.sourceId && a.quote === b.quote;

/**
 * Each quote once: a span inside another of the same source, or the same words quoted again
 * from it, add nothing a reader can check. The longest span stays, in the order given.
 */
function distinctQuotes(evidence: readonly EvidenceQuote[]): EvidenceQuote[] {
  const longestFirst = evidence
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => b.quote.end - b.quote.start - (a.quote.end - a.quote.start));
  const kept: { quote: EvidenceQuote; index: number }[] = [];
  for (const candidate of longestFirst)
    if (
      !kept.some(({ quote }) => covers(quote, candidate.quote) || sameWords(quote, candidate.quote))
    )
      kept.push(candidate);
  return kept.sort((a, b) => a.index - b.index).map(({ quote }) => quote);
}

const namesIn = (quote: EvidenceQuote, names: readonly string[]): number =>
  names.filter((name) => quote.quote.toLowerCase().includes(name.toLowerCase())).length;

/**
 * Distinct quotes, the best first: those that name more of the fact's ends, and among equals the
 * order the sources gave, whose first quote is the one that states the fact.
 */
export function bestQuotesFirst(
  evidence: readonly EvidenceQuote[],
  names: readonly string[],
): EvidenceQuote[] {
  return distinctQuotes(evidence)
    .map((quote, order) => ({ quote, order, named: namesIn(quote, names) }))
    .sort((a, b) => b.named - a.named || a.order - b.order)
    .map(({ quote }) => quote);
}
