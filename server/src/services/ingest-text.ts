import { API_LIMITS } from '@guanxi/graph-schema';
import { badInput, limitExceeded } from '../errors';

/** Control characters other than tab and line breaks: a text full of them is not an article. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Refuses what cannot be an article before anything is read or written: an empty text, a binary
 * file (NUL bytes or many control characters), or one longer than the ingest limit.
 */
export function checkArticleText(text: string): void {
  if (text.trim() === '') throw badInput('The text is empty: paste or upload an article.');
  if (text.includes('\u0000') || (text.match(CONTROL)?.length ?? 0) > text.length / 100) {
    throw badInput('This looks like a binary file, not an article: ingest takes plain UTF-8 text.');
  }
  const max = API_LIMITS.ingest.maxChars;
  if (text.length > max) {
    throw limitExceeded(
      `The text is ${text.length.toLocaleString('en')} characters; ingest takes at most ${max.toLocaleString('en')}. Split it into articles.`,
      { limit: max },
    );
  }
}
