import type { ReactNode } from 'react';
import './panel-section.css';

/** A titled block inside a side panel. */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel-section" aria-label={title}>
      <h3 className="panel-section-title">{title}</h3>
      {children}
    </section>
  );
}
