import { Children, type ReactNode } from 'react';
import './chain.css';

interface ChainProps {
  /** A word before the chain: "under", "in". */
  lead?: string;
  /** What joins one link to the next. */
  arrow?: string;
  children: ReactNode;
}

/** Entities in a row joined by arrows: a body's parents, the people along a path. */
export function Chain({ lead, arrow = '›', children }: ChainProps) {
  return (
    <div className="chain">
      {lead && <span>{lead}</span>}
      {Children.map(children, (link, index) => (
        <span className="chain-item">
          {index > 0 && <span className="chain-arrow">{arrow}</span>}
          {link}
        </span>
      ))}
    </div>
  );
}
