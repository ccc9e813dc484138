import { useState } from 'react';
import { SavedViewsDialog } from './saved-views-dialog';

/** The top bar's "Views": save the view on screen under a name, or open or delete a saved one. */
export function SavedViewsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title="Save this view with a name and a note, or open a saved one"
      >
        Views
      </button>
      {open && <SavedViewsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
