/**
 * The write token a person pastes to make a change (ingest, saved views). It lives in this
 * tab's sessionStorage only (gone when the tab closes) and is sent only with mutations.
 */
const STORAGE_KEY = 'guanxi.writeToken';

export function readWriteToken(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeWriteToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode); the token then lasts as long as the page.
  }
}

/** The header the API reads a token from; none when no token is given. */
export const authorization = (token: string): Record<string, string> =>
  token.trim() ? { authorization: `Bearer ${token.trim()}` } : {};

/** Refusals that another token would fix: none sent, an unknown one, or too little scope. */
export const isTokenRefusal = (error: { code: string } | null): boolean =>
  error?.code === 'UNAUTHENTICATED' || error?.code === 'FORBIDDEN';
