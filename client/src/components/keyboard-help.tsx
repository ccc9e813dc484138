import { keyLabel, SHORTCUTS } from '../lib/shortcuts';
import './keyboard-help.css';

/** The keyboard shortcuts, printed from the table the page and the canvas act on. */
export function KeyboardHelp() {
  return (
    <dl className="keyboard-help" aria-label="Keyboard shortcuts">
      {SHORTCUTS.map((shortcut) => (
        <div key={shortcut.id}>
          <dt>
            {shortcut.keys.map((key) => (
              <kbd key={key}>{keyLabel(key)}</kbd>
            ))}
          </dt>
          <dd>
            {shortcut.does}
            {shortcut.scope === 'canvas' && ' (on the graph)'}
          </dd>
        </div>
      ))}
    </dl>
  );
}
