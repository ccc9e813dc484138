import type { ReactNode } from 'react';
import type { SourceText } from '../api/get-source-text';

const NOT_STATED = 'not stated in the source';

/** Only a web address may become a link: a stored `javascript:` must not run when clicked. */
const isWebAddress = (url: string): boolean => /^https?:\/\/\S+$/i.test(url);

function Fact({ label, value }: { label: string; value: ReactNode | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={value === null ? 'not-stated' : undefined}>{value ?? NOT_STATED}</dd>
    </>
  );
}

/** Who published a source, when and where, so that a reader can cite it or find it again. */
export function SourceFacts({ source }: { source: SourceText }) {
  const { publisher, publishedAt, url, note } = source;
  return (
    <div className="source-facts" data-testid="source-facts">
      <dl>
        <Fact label="Publisher" value={publisher} />
        <Fact label="Published" value={publishedAt} />
        <Fact
          label="Address"
          value={
            url &&
            (isWebAddress(url) ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            ) : (
              url
            ))
          }
        />
      </dl>
      {note && <p>{note}</p>}
    </div>
  );
}
