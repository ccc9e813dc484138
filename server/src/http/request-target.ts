import type { IncomingMessage } from 'node:http';

/** What the router needs from a request line, once it is known to be well-formed. */
export interface RequestTarget {
  /** The path as sent (still percent-encoded), always starting with `/`. */
  pathname: string;
  /** `?…` or empty. */
  search: string;
}

/** A Host header: a name or IPv4 address, or a bracketed IPv6 address, and an optional port. */
const HOST = /^(?:[A-Za-z0-9._~!$&'()*+,;=%-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export const isValidHost = (host: string): boolean => host.length <= 255 && HOST.test(host);

/**
 * Printable ASCII only: what browsers send, plus the `{`, `"` or `|` that curl leaves unencoded
 * (URL parsing encodes those). Control characters and raw non-ASCII bytes are refused.
 */
const TARGET_CHARS = /^[\x21-\x7e]+$/;

/**
 * Reads the request target and Host header; undefined when either is malformed, which the app
 * answers 400. Both origin form (`/path?q`) and absolute form (`http://host/path`) are accepted,
 * as HTTP/1.1 requires; the host of an absolute form is checked but not used.
 */
export function parseRequestTarget(request: IncomingMessage): RequestTarget | undefined {
  const raw = request.url ?? '';
  const host = request.headers.host;
  // HTTP/1.1 requires a Host; Node already refuses a request without one.
  if (host !== undefined && !isValidHost(host)) return undefined;
  if (!TARGET_CHARS.test(raw) || /%(?![0-9A-Fa-f]{2})/.test(raw)) return undefined;
  let target = raw;
  if (!raw.startsWith('/')) {
    const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(raw);
    if (!absolute || !isValidHost(absolute[1] ?? '')) return undefined;
    try {
      new URL(raw);
    } catch {
      return undefined;
    }
    target = absolute[2] || '/';
    if (!target.startsWith('/')) target = `/${target}`;
  }
  const query = target.indexOf('?');
  return query < 0
    ? { pathname: target, search: '' }
    : { pathname: target.slice(0, query), search: target.slice(query) };
}
