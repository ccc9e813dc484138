import { useId, useState } from 'react';

interface NameEditorProps {
  name: string;
  onSave(name: string): void;
  onCancel(): void;
}

/** Renames a candidate inline: Enter saves, Escape cancels; the text's name stays an alias. */
export function NameEditor({ name, onSave, onCancel }: NameEditorProps) {
  const id = useId();
  const [value, setValue] = useState(name);
  return (
    <form
      className="name-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim().replace(/\s+/g, ' ');
        if (next && next !== name) onSave(next);
        else onCancel();
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        New name for {name}
      </label>
      <input
        id={id}
        className="text-field"
        // The person pressed "e" (or Rename) to type here.
        autoFocus
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }}
      />
      <button type="submit" className="button button-primary">
        Save
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
