/**
 * FNV-1a (32 bits) of the UTF-8 bytes of `text`, as 8 hex digits. Pure, so it runs the same in
 * the browser and on the server; fine for naming, not for security.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
