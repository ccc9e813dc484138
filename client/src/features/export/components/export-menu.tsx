import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { download } from '../lib/download';
import './export-menu.css';

interface ExportMenuProps {
  /** A short name for files: "guanxi-pei-gang". */
  fileStem: string;
  png(): string;
  cyjs(): unknown;
  graphiqlUrl: string;
  disabled: boolean;
}

/** PNG of the view, the visible subgraph as Cytoscape JSON, and the query in GraphiQL. */
export function ExportMenu({ fileStem, png, cyjs, graphiqlUrl, disabled }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  return (
    <div className="menu-wrapper" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((value) => !value)}
      >
        Export
      </button>
      {open && (
        <div id={`${id}-menu`} className="menu-popover" aria-label="Export">
          <button
            type="button"
            className="context-menu-item"
            disabled={disabled}
            onClick={() => {
              download(`${fileStem}.png`, png());
              close();
            }}
          >
            <span>Image (PNG)</span>
            <small>The whole picture, at twice screen resolution</small>
          </button>
          <button
            type="button"
            className="context-menu-item"
            disabled={disabled}
            onClick={() => {
              const json = JSON.stringify(cyjs(), null, 2);
              download(`${fileStem}.cyjs`, new Blob([json], { type: 'application/json' }));
              close();
            }}
          >
            <span>Graph data (Cytoscape JSON)</span>
            <small>Visible nodes and edges; opens in Cytoscape desktop</small>
          </button>
          <a
            className="context-menu-item"
            href={graphiqlUrl}
            target="_blank"
            rel="noreferrer"
            onClick={() => setOpen(false)}
            data-testid="graphiql-link"
          >
            <span>Open the query in GraphiQL</span>
            <small>The GraphQL behind this view, ready to run</small>
          </a>
        </div>
      )}
    </div>
  );
}
