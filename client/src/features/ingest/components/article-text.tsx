import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { Candidate, IngestDraft } from '../lib/draft';
import { decisionLabel, shortTime } from '../lib/format';
import { highlightSegments, marksOf, type Segment } from '../lib/sentence-groups';
import './article-text.css';

interface ArticleTextProps {
  draft: IngestDraft;
  activeId: string | null;
  onPick(id: string): void;
}

/**
 * The article as stored, sentence by sentence: every candidate's evidence highlighted (names
 * filled, relationship quotes underlined, the active candidate outlined), noise lines greyed.
 */
export function ArticleText({ draft, activeId, onPick }: ArticleTextProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const { text } = draft.source;
  const candidates = useMemo(
    () =>
      new Map<string, Candidate>([...draft.entities, ...draft.relationships].map((c) => [c.id, c])),
    [draft],
  );
  const marks = useMemo(() => marksOf([...candidates.values()]), [candidates]);

  useEffect(() => {
    textRef.current?.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const renderSegment = (segment: Segment): ReactNode => {
    const covering = segment.candidateIds.flatMap((id) => candidates.get(id) ?? []);
    // The name is what a click means; the relationship around it is drawn as an underline.
    const primary = covering.find((c) => c.group === 'entity') ?? covering[0];
    if (!primary) return segment.text;
    const classes = [
      'evidence',
      `evidence-${primary.group}`,
      `decision-${primary.decision.toLowerCase()}`,
      covering.some((c) => c.group === 'relationship') ? 'in-relationship' : '',
      activeId && segment.candidateIds.includes(activeId) ? 'active' : '',
    ];
    const name = primary.group === 'entity' ? primary.name : primary.label;
    return (
      <mark
        key={segment.start}
        className={classes.filter(Boolean).join(' ')}
        title={`${name} (${decisionLabel(primary.decision)})`}
        onClick={() => onPick(primary.id)}
      >
        {segment.text}
      </mark>
    );
  };

  const pieces: ReactNode[] = [];
  let at = 0;
  draft.sentences.forEach((sentence, index) => {
    if (sentence.start > at) pieces.push(text.slice(at, sentence.start));
    pieces.push(
      <span
        key={`s${index}`}
        className={`sentence${sentence.noise ? ' noise' : ''}`}
        title={sentence.noise ? 'Not a sentence (a credit or caption): never a source' : undefined}
      >
        {highlightSegments(text, sentence.start, sentence.end, marks).map(renderSegment)}
      </span>,
    );
    at = Math.max(at, sentence.end);
  });
  if (at < text.length) pieces.push(text.slice(at));

  return (
    <section className="ingest-article" aria-labelledby="article-title">
      <header className="article-header">
        <h3 id="article-title">{draft.source.title}</h3>
        <p>
          {draft.source.url && (
            <>
              <a href={draft.source.url} target="_blank" rel="noreferrer">
                {draft.source.url}
              </a>
              {' · '}
            </>
          )}
          proposed by {draft.createdBy} · {shortTime(draft.createdAt)}
        </p>
      </header>
      <div className="article-text" ref={textRef} tabIndex={0} aria-label="Article text">
        {pieces}
      </div>
    </section>
  );
}
