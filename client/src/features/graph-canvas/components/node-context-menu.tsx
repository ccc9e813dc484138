import { RELATION_TYPE_DEFINITIONS, type RelationType } from '@guanxi/graph-schema';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef } from 'react';
import { relationTypeName } from '../../../config/relation-names';
import type { Step } from '../../../lib/explorer-graph';
import { useRelationCounts } from '../api/get-relation-counts';
import type { ScreenPoint } from './graph-canvas';
import './node-context-menu.css';

export interface NodeMenuCommand {
  label: string;
  run(): void;
  /** A secondary line, e.g. "3 of 40 shown". */
  hint?: string;
}

interface NodeContextMenuProps {
  nodeId: string;
  name: string;
  at: ScreenPoint;
  expansions: readonly Step[];
  onExpand(relationType: RelationType | null, limit?: number): void;
  /** Commands that do not depend on relationship counts: collapse, hide, pin, details… */
  commands: readonly NodeMenuCommand[];
  onClose(): void;
}

/**
 * What a right-click (or M on a selected node) offers: expand by relationship type with counts,
 * "N more" where an expansion was capped, and the node's other commands.
 */
export function NodeContextMenu(props: NodeContextMenuProps) {
  const { nodeId, name, at, expansions, onExpand, commands, onClose } = props;
  const menuRef = useRef<HTMLDivElement>(null);
  const counts = useRelationCounts(nodeId);

  const expandItems: NodeMenuCommand[] =
    counts.status === 'success'
      ? counts.data.counts.flatMap(({ type, count }) => {
          const step = expansions.find((candidate) => candidate.relationType === type);
          const shown = step ? step.nodeIds.length - 1 : 0;
          if (step?.truncated && count > shown)
            return [
              {
                label: `${count - shown} more: ${relationTypeName(type)}`,
                hint: `${shown} of ${count} shown`,
                run: () => onExpand(type, step.limit * 2),
              },
            ];
          if (step) return [];
          return [
            {
              label: `Expand ${relationTypeName(type)} (${count})`,
              hint: RELATION_TYPE_DEFINITIONS[type].description,
              run: () => onExpand(type),
            },
          ];
        })
      : [];
  const items: NodeMenuCommand[] = [
    { label: 'Expand all neighbours', run: () => onExpand(null) },
    ...expandItems,
    ...commands,
  ];

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);

  // Keep the whole menu inside the canvas, whatever corner the node sits in.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const area = menu?.parentElement;
    if (!menu || !area) return;
    const margin = 8;
    menu.style.left = `${Math.max(margin, Math.min(at.x, area.clientWidth - menu.offsetWidth - margin))}px`;
    menu.style.top = `${Math.max(margin, Math.min(at.y, area.clientHeight - menu.offsetHeight - margin))}px`;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Tab') {
      onClose();
    }
  };

  return (
    <div
      ref={menuRef}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      data-testid="node-menu"
    >
      <div className="context-menu-title">{name}</div>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className="context-menu-item"
          onClick={() => {
            item.run();
            onClose();
          }}
        >
          <span>{item.label}</span>
          {item.hint && <small>{item.hint}</small>}
        </button>
      ))}
      {counts.status === 'loading' && (
        <div className="context-menu-note" role="status">
          Counting relationships…
        </div>
      )}
      {counts.status === 'error' && (
        <div className="context-menu-note" role="alert">
          {counts.error.message}
        </div>
      )}
    </div>
  );
}
