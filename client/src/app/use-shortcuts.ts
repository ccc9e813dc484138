import { useEffect, useRef } from 'react';
import { type ShortcutId, shortcutFor } from '../lib/shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId<'page'>, () => void>>;

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The page's keyboard shortcuts (from the one table), ignored while the person types in a field
 * or while `enabled` is false (a screen over the explorer has keys of its own).
 */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = enabled ? handlers : {};
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingIn(event.target) || event.altKey) return;
      const shortcut = shortcutFor(event, 'page');
      const action = shortcut && latest.current[shortcut];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
