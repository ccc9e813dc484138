import type { RateLimitConfig } from '../config';

interface Bucket {
  tokens: number;
  updated: number;
}

/** Buckets kept at most; beyond it the longest untouched go first (they are the fullest). */
const MAX_CLIENTS = 50_000;

/**
 * The client a bucket belongs to: an IPv4 address, or an IPv6 address's /64 (one host's usual
 * allocation, so that rotating addresses inside it does not buy more requests).
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A token bucket per client: `burst` requests at once, refilled at `perMinute`. */
export function createRateLimiter({ perMinute, burst }: RateLimitConfig, now = () => Date.now()) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return {
    /** Takes a token; when there is none, the whole seconds until there will be one. */
    take(address: string | undefined): { allowed: true } | { allowed: false; retryAfter: number } {
      const key = clientKey(address);
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: burst, updated: time };
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.updated) * perMs);
      bucket.updated = time;
      // Re-inserted so the map's order is least recently used first.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
  };
}
