import type { ReactNode } from 'react';
import './entity-header.css';

interface EntityHeaderProps {
  /** The heading's id, for the article it labels. */
  titleId: string;
  /** What kind of thing this is, above the heading. */
  badge: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}

/** The top of a panel about one entity or relationship. */
export function EntityHeader({ titleId, badge, title, children }: EntityHeaderProps) {
  return (
    <header className="entity-header">
      {badge}
      <h2 id={titleId}>{title}</h2>
      {children}
    </header>
  );
}
