import { useState } from 'react';
import { readWriteToken, storeWriteToken } from './write-token';

/** The write token: this tab's sessionStorage, read once, written on every change. */
export function useWriteToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(readWriteToken);
  const change = (next: string) => {
    setToken(next);
    storeWriteToken(next);
  };
  return [token, change];
}
