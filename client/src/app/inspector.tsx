import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import type { InspectorTab } from './explorer-view';
import './inspector.css';

const INSPECTOR_TABS: readonly { id: InspectorTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'paths', label: 'Who knows whom' },
  { id: 'affiliations', label: 'Affiliations' },
  { id: 'shared', label: 'Shared' },
];

interface InspectorProps {
  tab: InspectorTab;
  onTab(tab: InspectorTab): void;
  children: ReactNode;
}

/** The right-hand panel: ARIA tabs, arrow keys move between them. */
export function Inspector({ tab, onTab, children }: InspectorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = INSPECTOR_TABS.findIndex((candidate) => candidate.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = INSPECTOR_TABS[(index + step + INSPECTOR_TABS.length) % INSPECTOR_TABS.length];
    if (!next) return;
    onTab(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <aside className="inspector" aria-label="Inspector">
      <div
        ref={listRef}
        className="tabs"
        role="tablist"
        aria-label="Inspector"
        onKeyDown={onKeyDown}
      >
        {INSPECTOR_TABS.map((candidate) => (
          <button
            key={candidate.id}
            id={`tab-${candidate.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={candidate.id === tab}
            aria-controls={`panel-${candidate.id}`}
            tabIndex={candidate.id === tab ? 0 : -1}
            onClick={() => onTab(candidate.id)}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} className="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
