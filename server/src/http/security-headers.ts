import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** On every answer: no MIME sniffing, no referrer, never framed. */
export function setBaseSecurityHeaders(response: ServerResponse): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  // Anything that is not a page (JSON, a script, an error): it may run nothing and load nothing.
  response.setHeader('content-security-policy', API_CSP);
}

const policy = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

const API_CSP = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'" });

/**
 * The explorer: Vite's bundles only, no inline script. Styles may be inline (React and Cytoscape
 * set element styles), images may be data/blob URLs (the PNG export), and it talks to this origin.
 */
const PAGE_DIRECTIVES = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

export const PAGE_CSP = policy(PAGE_DIRECTIVES);

/**
 * GraphiQL as yoga renders it: the explorer's policy, except that its one inline script (the
 * editor, its workers as blob URLs, and the page's options) is allowed by its hash.
 */
const graphiqlCsp = (scriptHashes: readonly string[]): string =>
  policy({
    ...PAGE_DIRECTIVES,
    'script-src': scriptHashes.length
      ? scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ')
      : "'none'",
  });

/** The text of every `<script>` element, as the HTML parser delimits it. */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const open = /<script\b[^>]*>/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const end = html.slice(open.lastIndex).search(/<\/script/i);
    if (end < 0) break;
    scripts.push(html.slice(open.lastIndex, open.lastIndex + end));
    open.lastIndex += end;
  }
  return scripts;
}

/** What the template's script holds around the page options, found once from a marked render. */
let templateParts: { before: string; after: string } | undefined;
function graphiqlTemplate(): { before: string; after: string } {
  if (templateParts) return templateParts;
  const marker = '__guanxi_options_marker__';
  const html = renderGraphiQL({ title: marker } as Parameters<typeof renderGraphiQL>[0]);
  const options = JSON.stringify({ title: marker });
  const script = inlineScripts(html).find((text) => text.includes(options)) ?? '';
  const at = script.indexOf(options);
  templateParts =
    at < 0
      ? { before: '\0', after: '\0' }
      : { before: script.slice(0, at), after: script.slice(at + options.length) };
  return templateParts;
}

/** A browser hashes the script text after turning CR LF and lone CR into LF, as UTF-8. */
const scriptHash = (text: string): string =>
  createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64');

const hashCache = new Map<string, string>();

/**
 * The CSP for a GraphiQL page: only a script that is the template's, with nothing but a JSON value
 * where the options go, is allowed to run. Anything else that reached the page's markup (say a
 * link's variables that escaped their string) gets no hash and does not run.
 */
export function graphiqlCspFor(html: string): string {
  const { before, after } = graphiqlTemplate();
  const hashes: string[] = [];
  for (const script of inlineScripts(html)) {
    if (!script.startsWith(before) || !script.endsWith(after)) continue;
    const options = script.slice(before.length, script.length - after.length);
    try {
      JSON.parse(options);
    } catch {
      continue;
    }
    let hash = hashCache.get(options);
    if (hash === undefined) {
      hash = scriptHash(script);
      // A handful of distinct pages (the plain one, a few shared links) is all that is worth keeping.
      if (hashCache.size >= 32) hashCache.delete(hashCache.keys().next().value as string);
      hashCache.set(options, hash);
    }
    hashes.push(hash);
  }
  return graphiqlCsp(hashes);
}
