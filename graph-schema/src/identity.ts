import { z } from 'zod';
import { normaliseLine } from './normalised-text';
import { shortHash } from './short-hash';
import { transliterate } from './transliteration';
import { WRITE_LIMITS } from './write-limits';

/** Readable, stable ids: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SlugSchema = z
  .string()
  .max(WRITE_LIMITS.slugLength)
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens');

/** Cuts a slug to `max` at a word boundary, so that it never ends in a hyphen. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const lastBreak = slug.slice(0, max + 1).lastIndexOf('-');
  return lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, max);
}

/**
 * A valid slug for any text. "Shanghai’s Science Hall" → "shanghais-science-hall", "裴钢" →
 * "pei-gang". Text with nothing to spell in Latin letters (emoji, Arabic) gets
 * `<fallbackPrefix>-<8 hex>`, a hash of its normalised form, so the same name gives the same id.
 */
export function slugify(text: string, fallbackPrefix = 'id'): string {
  const readable = transliterate(text)
    .toLowerCase()
    .replace(/['’‘ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (readable) return cutAtWord(readable, WRITE_LIMITS.slugLength);
  return `${fallbackPrefix}-${shortHash(normaliseLine(text))}`;
}

/** The id a new entity gets when its creator gives none. */
export const entityIdFromName = (name: string): string => slugify(name, 'entity');
