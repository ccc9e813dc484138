import './canvas-toolbar.css';

interface ToolbarButton {
  label: string;
  glyph: string;
  shortcut?: string;
  disabled?: boolean;
  onClick(): void;
}

/** Fit, zoom and undo/redo over the canvas; each button names its keyboard shortcut. */
export function CanvasToolbar({ buttons }: { buttons: readonly (ToolbarButton | 'separator')[] }) {
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas controls">
      {buttons.map((button, index) =>
        button === 'separator' ? (
          <span key={`separator-${index}`} className="toolbar-separator" aria-hidden="true" />
        ) : (
          <button
            key={button.label}
            type="button"
            className="toolbar-button"
            aria-label={button.label}
            title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
            disabled={button.disabled}
            onClick={button.onClick}
          >
            <span aria-hidden="true">{button.glyph}</span>
          </button>
        ),
      )}
    </div>
  );
}
