import { useEffect, useRef } from 'react';

export type Shortcuts = Record<string, () => void>;

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "mod+z", "mod+shift+z", "Delete", "f": mod is Ctrl or ⌘; shift is named with mod or a named key. */
function keyName(event: KeyboardEvent): string {
  const mod = event.ctrlKey || event.metaKey;
  const named = event.key.length > 1;
  const shift = event.shiftKey && (mod || named);
  return `${mod ? 'mod+' : ''}${shift ? 'shift+' : ''}${named ? event.key : event.key.toLowerCase()}`;
}

/** Application-wide keyboard shortcuts, ignored while the person types in a field. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingIn(event.target) || event.altKey) return;
      const action = latest.current[keyName(event)];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
