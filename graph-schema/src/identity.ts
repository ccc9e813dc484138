import { z } from 'zod';

/** Readable, stable ids: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SlugSchema = z
  .string()
  .max(200)
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens');

/** "Shanghai’s Science Hall" → "shanghais-science-hall". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}
