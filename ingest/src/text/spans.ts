import type { TextSpan } from '../types';

/** The span of `text` between two offsets, quote included, so evidence always matches its text. */
export const spanOf = (text: string, start: number, end: number): TextSpan => ({
  quote: text.slice(start, end),
  start,
  end,
});

/** Spans in text order, each once. */
export function uniqueSpans(spans: readonly TextSpan[]): TextSpan[] {
  const seen = new Map<string, TextSpan>();
  for (const span of spans) seen.set(`${span.start}:${span.end}`, span);
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
