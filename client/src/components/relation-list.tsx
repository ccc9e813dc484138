import type { ReactNode } from 'react';
import './relation-list.css';

/**
 * A list of ties to other entities. An item holds a `.relation-line` (icon, name, then a
 * `.relation-label`) and whatever explains it below: quotes, a chain of bodies.
 */
export function RelationList({ children }: { children: ReactNode }) {
  return <ul className="relation-list">{children}</ul>;
}

export function RelationItem({ children, line = false }: { children: ReactNode; line?: boolean }) {
  return <li className={line ? 'relation-item relation-line' : 'relation-item'}>{children}</li>;
}
