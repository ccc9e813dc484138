import { afterAll, describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import { diffElements } from '../../client/src/features/graph-canvas/lib/element-diff';
import { snapshotOf } from '../../client/src/features/graph-canvas/lib/canvas-snapshot';
import { applyHighlights } from '../../client/src/features/graph-canvas/lib/highlights';
import { graphStylesheet } from '../../client/src/features/graph-canvas/lib/stylesheet';
import { syncElements } from '../../client/src/features/graph-canvas/lib/sync-elements';
import { KIND_VISUALS } from '../../client/src/config/kind-visuals';
import type { GraphEdge, GraphNode } from '../../client/src/lib/explorer-graph';

const person = (id: string): GraphNode => ({ id, kind: 'PERSON', name: id });
const body = (id: string): GraphNode => ({ id, kind: 'INSTITUTION', name: id });
const link = (source: string, target: string): GraphEdge => ({
  id: `${source}>${target}`,
  type: 'MEMBER_OF',
  source,
  target,
  label: 'member',
});

const instances: cytoscape.Core[] = [];
/** A canvas-less Cytoscape with the app's stylesheet; destroyed after the file so jest can exit. */
const headless = () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet });
  instances.push(cy);
  return cy;
};
afterAll(() => instances.forEach((cy) => cy.destroy()));

describe('element diff', () => {
  it('finds added, removed and changed elements by id', () => {
    const current = new Map([
      ['a', { id: 'a', name: 'A' }],
      ['b', { id: 'b', name: 'B' }],
    ]);
    const diff = diffElements(current, [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'Bee' },
      { id: 'c', name: 'C' },
    ]);
    expect(diff).toEqual({
      added: [{ id: 'c', name: 'C' }],
      removed: [],
      changed: [{ id: 'b', name: 'Bee' }],
    });
    expect(diffElements(current, []).removed).toEqual(['a', 'b']);
  });
});

describe('syncing a headless Cytoscape with the wanted elements', () => {
  it('adds, updates in place and removes, keeping the positions of what stays', () => {
    const cy = headless();
    syncElements(cy, [person('a'), body('b')], [link('a', 'b')]);
    cy.getElementById('a').position({ x: 10, y: 20 });
    const added = syncElements(
      cy,
      [{ ...person('a'), name: 'Alice' }, body('b'), person('c')],
      [link('a', 'b'), link('c', 'b')],
    );
    expect(added.map((node) => node.id())).toEqual(['c']);
    expect(cy.getElementById('a').position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById('a').data('name')).toBe('Alice');
    syncElements(cy, [person('a'), body('b')], [link('a', 'b')]);
    expect(
      cy
        .nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['a', 'b']);
    expect(cy.edges().map((edge) => edge.id())).toEqual(['a>b']);
  });

  it('places a new node near the nodes it connects to', () => {
    const cy = headless();
    syncElements(cy, [body('b')], []);
    cy.getElementById('b').position({ x: 1000, y: 1000 });
    syncElements(cy, [body('b'), person('c')], [link('c', 'b')]);
    const c = cy.getElementById('c').position();
    expect(Math.hypot(c.x - 1000, c.y - 1000)).toBeLessThan(100);
  });
});

describe('highlights and filters', () => {
  const cy = headless();
  syncElements(
    cy,
    [person('a'), body('b'), person('c'), person('d')],
    [link('a', 'b'), link('c', 'b')],
  );
  const none = {
    hiddenKinds: new Set<never>(),
    hiddenTypes: new Set<never>(),
    onlyIds: null,
    yearChosen: false,
  };
  const base = {
    focusId: 'a',
    selectedId: null,
    expandedIds: new Set<string>(),
    pinnedIds: new Set<string>(),
    comparedIds: new Set<string>(),
    path: null,
  };

  it('selecting a node lights its neighbours and fades the rest', () => {
    applyHighlights(cy, { ...base, selectedId: 'b' }, none);
    expect(cy.getElementById('a').hasClass('neighbour')).toBe(true);
    expect(cy.getElementById('d').hasClass('faded')).toBe(true);
    expect(cy.getElementById('b').selected()).toBe(true);
  });

  it('a path outranks the selection', () => {
    applyHighlights(
      cy,
      {
        ...base,
        selectedId: 'b',
        path: {
          paths: [{ nodeIds: new Set(['a', 'b']), edgeIds: new Set(['a>b']) }],
          isolated: null,
        },
      },
      none,
    );
    expect(cy.getElementById('a>b').hasClass('on-path')).toBe(true);
    expect(cy.getElementById('c').hasClass('faded')).toBe(true);
  });

  it('each path has its own colour class; an isolated path alone stays lit', () => {
    const paths = [
      { nodeIds: new Set(['a', 'b']), edgeIds: new Set(['a>b']) },
      { nodeIds: new Set(['c', 'b']), edgeIds: new Set(['c>b']) },
    ];
    applyHighlights(cy, { ...base, path: { paths, isolated: null } }, none);
    expect(cy.getElementById('a>b').classes()).toEqual(
      expect.arrayContaining(['on-path', 'path-0']),
    );
    expect(cy.getElementById('c>b').classes()).toEqual(
      expect.arrayContaining(['on-path', 'path-1']),
    );
    applyHighlights(cy, { ...base, path: { paths, isolated: 1 } }, none);
    expect(cy.getElementById('c>b').hasClass('on-path')).toBe(true);
    expect(cy.getElementById('a>b').hasClass('faded')).toBe(true);
    expect(cy.getElementById('a').hasClass('faded')).toBe(true);
    expect(cy.getElementById('b').hasClass('faded')).toBe(false);
  });

  it('filters hide kinds, relationship types and everything outside an industry; pins lock', () => {
    applyHighlights(
      cy,
      { ...base, pinnedIds: new Set(['a']) },
      { ...none, hiddenKinds: new Set(['INSTITUTION']) },
    );
    expect(cy.getElementById('b').hasClass('filtered')).toBe(true);
    expect(cy.getElementById('a').locked()).toBe(true);
    applyHighlights(cy, base, { ...none, onlyIds: new Set(['a', 'b']) });
    expect(
      cy
        .nodes('.filtered')
        .map((node) => node.id())
        .sort(),
    ).toEqual(['c', 'd']);
    expect(cy.getElementById('a').locked()).toBe(false);
  });

  it('a snapshot for exports holds only what is visible, with positions', () => {
    applyHighlights(cy, base, { ...none, onlyIds: new Set(['a', 'b']) });
    const snapshot = snapshotOf(cy);
    expect(snapshot.nodes.map((node) => node.id).sort()).toEqual(['a', 'b']);
    expect(snapshot.edges.map((edge) => edge.id)).toEqual(['a>b']);
    expect(typeof snapshot.nodes[0]!.x).toBe('number');
  });

  it('gives every kind its own shape and colour', () => {
    expect(new Set(KIND_VISUALS.map((visual) => visual.shape)).size).toBe(KIND_VISUALS.length);
    expect(new Set(KIND_VISUALS.map((visual) => visual.color)).size).toBe(KIND_VISUALS.length);
  });
});
