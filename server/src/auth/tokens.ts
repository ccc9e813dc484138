import { createHash, timingSafeEqual } from 'node:crypto';

/** What a token may do; each scope includes the ones before it. */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who made a request, as the audit trail records it: the token's label, never the token. */
export interface Actor {
  label: string;
  scope: Scope;
}

export interface ApiToken extends Actor {
  token: string;
}

export const hasScope = (actor: Actor | null, needed: Scope): boolean =>
  actor !== null && SCOPES.indexOf(actor.scope) >= SCOPES.indexOf(needed);

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * The actor whose token the request carries. Every configured token is compared, in constant
 * time, so response timing says nothing about which token or how much of a guess was right.
 */
export function actorOf(given: string | undefined, tokens: readonly ApiToken[]): Actor | null {
  if (given === undefined) return null;
  const givenDigest = digest(given);
  let found: Actor | null = null;
  for (const { token, label, scope } of tokens) {
    if (timingSafeEqual(givenDigest, digest(token)) && found === null) found = { label, scope };
  }
  return found;
}

/**
 * `GUANXI_TOKENS`: comma-separated `label:scope:token` entries, e.g.
 * `alice:write:s3cret,ci:read:t0ken`. `GUANXI_WRITE_TOKEN` alone stays a write token labelled "write".
 */
export function tokensFromEnv(env: NodeJS.ProcessEnv): ApiToken[] {
  const tokens: ApiToken[] = [];
  for (const entry of (env.GUANXI_TOKENS ?? '').split(',').filter((e) => e.trim() !== '')) {
    const [label, scope, ...rest] = entry.trim().split(':');
    const token = rest.join(':');
    if (!label || !token || !(SCOPES as readonly string[]).includes(scope ?? '')) {
      throw new Error(
        `GUANXI_TOKENS entries are label:scope:token with scope one of ${SCOPES.join(', ')}; got "${label ?? ''}:${scope ?? ''}:…"`,
      );
    }
    tokens.push({ label, scope: scope as Scope, token });
  }
  if (env.GUANXI_WRITE_TOKEN)
    tokens.push({ label: 'write', scope: 'write', token: env.GUANXI_WRITE_TOKEN });
  const labels = tokens.map((t) => t.label);
  const twice = labels.find((label, index) => labels.indexOf(label) !== index);
  if (twice) throw new Error(`GUANXI_TOKENS: the label "${twice}" is used twice`);
  return tokens;
}
