/**
 * Every keyboard shortcut, in one table: the page and the canvas act on it, and the keyboard
 * help and the toolbar's tooltips are printed from it, so they cannot drift apart.
 * `page` keys work anywhere except while typing; `canvas` keys while the graph has focus.
 */
export const SHORTCUTS = [
  { id: 'search', scope: 'page', keys: ['/'], does: 'search' },
  { id: 'previousNode', scope: 'canvas', keys: ['ArrowLeft', 'ArrowUp'], does: 'previous node' },
  { id: 'nextNode', scope: 'canvas', keys: ['ArrowRight', 'ArrowDown'], does: 'next node' },
  { id: 'expandNode', scope: 'canvas', keys: ['Enter'], does: 'expand' },
  { id: 'nodeMenu', scope: 'canvas', keys: ['m', 'ContextMenu', 'shift+F10'], does: 'node menu' },
  { id: 'expand', scope: 'page', keys: ['e'], does: 'expand' },
  { id: 'hide', scope: 'page', keys: ['h', 'Delete'], does: 'hide' },
  { id: 'pin', scope: 'page', keys: ['p'], does: 'pin' },
  { id: 'collapse', scope: 'page', keys: ['c'], does: 'collapse' },
  { id: 'fit', scope: 'page', keys: ['f'], does: 'fit' },
  { id: 'zoomIn', scope: 'page', keys: ['+', '='], does: 'zoom in' },
  { id: 'zoomOut', scope: 'page', keys: ['-'], does: 'zoom out' },
  { id: 'undo', scope: 'page', keys: ['mod+z'], does: 'undo' },
  { id: 'redo', scope: 'page', keys: ['mod+shift+z', 'mod+y'], does: 'redo' },
  { id: 'dismiss', scope: 'page', keys: ['Escape'], does: 'close the menu, clear the selection' },
] as const;

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutScope = Shortcut['scope'];
export type ShortcutId<Scope extends ShortcutScope = ShortcutScope> = Extract<
  Shortcut,
  { scope: Scope }
>['id'];

type KeyState = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** "mod+z", "mod+shift+z", "Delete", "f": mod is Ctrl or ⌘; shift is named with mod or a named key. */
export function keyName(event: KeyState): string {
  const mod = event.ctrlKey || event.metaKey;
  const named = event.key.length > 1;
  const shift = event.shiftKey && (mod || named);
  return `${mod ? 'mod+' : ''}${shift ? 'shift+' : ''}${named ? event.key : event.key.toLowerCase()}`;
}

/** The shortcut of a scope that a key press means, if any. */
export function shortcutFor<Scope extends ShortcutScope>(
  event: KeyState,
  scope: Scope,
): ShortcutId<Scope> | null {
  const name = keyName(event);
  const found = SHORTCUTS.find(
    (shortcut) => shortcut.scope === scope && (shortcut.keys as readonly string[]).includes(name),
  );
  return (found?.id ?? null) as ShortcutId<Scope> | null;
}

const KEY_LABELS: Record<string, string> = {
  mod: 'Ctrl',
  shift: 'Shift',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowRight: '→',
  ArrowDown: '↓',
  '-': '−',
  Escape: 'Esc',
  ContextMenu: 'Menu',
};

/** How a key is printed: "mod+shift+z" → "Ctrl+Shift+Z". */
export const keyLabel = (key: string): string =>
  key
    .split(/\+(?=.)/)
    .map((part) => KEY_LABELS[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');

/** The first key of a shortcut, printed, for tooltips. */
export function shortcutLabel(id: ShortcutId): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.id === id);
  return shortcut ? keyLabel(shortcut.keys[0]) : '';
}
