import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useClient } from 'urql';
import { asApiError } from '../../../lib/graphql-client';
import { getEdgeEvidence } from '../api/get-edge-evidence';
import { type DrawnPicture, exportDocument } from '../lib/export-document';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export-formats';
import { download } from '../lib/download';
import './export-menu.css';

interface ExportMenuProps {
  /** A short name for files: "guanxi-pei-gang". */
  fileStem: string;
  /** What the view shows, in words: the title of every export. */
  title: string;
  /** The picture as drawn now (undefined while the canvas is not ready). */
  picture(): DrawnPicture | undefined;
  graphiqlUrl: string;
  disabled: boolean;
}

/**
 * The view as files people use elsewhere (pictures, graph formats, spreadsheets), each carrying
 * the evidence and sources behind what it shows, and the query in GraphiQL.
 */
export function ExportMenu({ fileStem, title, picture, graphiqlUrl, disabled }: ExportMenuProps) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  const save = async (format: ExportFormat) => {
    const drawn = picture();
    if (!drawn) return;
    setBusy(format.id);
    setError(null);
    try {
      const evidence = await getEdgeEvidence(
        client,
        drawn.edges.map((edge) => edge.id),
      );
      const document = exportDocument(title, drawn, evidence, new Date());
      download(`${fileStem}.${format.extension}`, await format.file(document));
      close();
    } catch (failure) {
      setError(`${format.label} could not be made: ${asApiError(failure).message}`);
    } finally {
      setBusy(null);
    }
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
        <div
          id={`${id}-menu`}
          className="menu-popover"
          aria-label="Export"
          aria-busy={busy !== null}
        >
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format.id}
              type="button"
              className="context-menu-item"
              disabled={disabled || busy !== null}
              onClick={() => void save(format)}
            >
              <span>{busy === format.id ? `${format.label}: preparing…` : format.label}</span>
              <small>{format.hint}</small>
            </button>
          ))}
          {error && (
            <p className="export-error" role="alert">
              {error}
            </p>
          )}
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
