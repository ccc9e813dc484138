import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_PATH_DRAFT,
  type ExplorerView,
  initialView,
  selectedNodeId,
  viewReducer,
  type ViewAction,
} from '../../client/src/app/explorer-view';
import { decodeViewState } from '../../client/src/lib/url-state';

const fresh = initialView(decodeViewState(''));
const run = (view: ExplorerView, ...actions: ViewAction[]) => actions.reduce(viewReducer, view);

describe('explorer view: what the person sees, apart from the graph', () => {
  it('starts from a link: selection, filters, size and a path question open the paths tab', () => {
    const view = initialView(
      decodeViewState('?selected=pei-gang&hideKinds=PLACE&from=a&to=b&hops=3&depth=2'),
    );
    expect(view.selection).toEqual({ group: 'nodes', id: 'pei-gang' });
    expect([...view.hiddenKinds]).toEqual(['PLACE']);
    expect(view.path).toEqual({ from: 'a', to: 'b', maxHops: 3, avoid: [] });
    expect(view.pathDraft).toBe(view.path);
    expect(view.tab).toBe('paths');
    expect(view.size).toEqual({ depth: 2, limit: 150 });
    expect(fresh.tab).toBe('details');
    expect(fresh.pathDraft).toEqual(EMPTY_PATH_DRAFT);
  });

  it('a click on the canvas selects, closes the menu and shows details unless paths are open', () => {
    const withMenu = run(fresh, { type: 'menuOpened', nodeId: 'a', at: { x: 1, y: 2 } });
    expect(withMenu.menu).toEqual({ nodeId: 'a', at: { x: 1, y: 2 } });
    expect(selectedNodeId(withMenu)).toBe('a');

    const edge = run(
      withMenu,
      { type: 'tabChosen', tab: 'affiliations' },
      { type: 'canvasSelected', selection: { group: 'edges', id: 'e' } },
    );
    expect(edge).toMatchObject({ menu: null, tab: 'details' });
    expect(selectedNodeId(edge)).toBeNull();

    const onPaths = run(
      fresh,
      { type: 'tabChosen', tab: 'paths' },
      { type: 'canvasSelected', selection: { group: 'nodes', id: 'b' } },
    );
    expect(onPaths.tab).toBe('paths');
    expect(run(onPaths, { type: 'canvasSelected', selection: null }).selection).toBeNull();
  });

  it('Escape closes the menu and clears the selection; focusing keeps the open tab', () => {
    const focused = run(
      fresh,
      { type: 'tabChosen', tab: 'affiliations' },
      { type: 'menuOpened', nodeId: 'a', at: { x: 0, y: 0 } },
      { type: 'entityFocused', id: 'b' },
    );
    expect(focused).toMatchObject({ tab: 'affiliations', menu: null, selection: { id: 'b' } });
    expect(run(focused, { type: 'dismissed' })).toMatchObject({ menu: null, selection: null });
  });

  it('filters toggle kinds and relationship types without touching the earlier value', () => {
    const hidden = run(
      fresh,
      { type: 'kindToggled', kind: 'PLACE' },
      { type: 'relationTypeToggled', relationType: 'LOCATED_IN' },
    );
    expect([...hidden.hiddenKinds]).toEqual(['PLACE']);
    expect([...hidden.hiddenTypes]).toEqual(['LOCATED_IN']);
    expect(run(hidden, { type: 'kindToggled', kind: 'PLACE' }).hiddenKinds.size).toBe(0);
    expect(fresh.hiddenKinds.size).toBe(0);
  });

  it('a path question is asked once both ends are chosen, and clearing empties the draft', () => {
    const from = run(fresh, { type: 'pathEndChosen', role: 'from', id: 'a' });
    expect(from).toMatchObject({ tab: 'paths', path: null });
    expect(from.pathDraft).toEqual({ ...EMPTY_PATH_DRAFT, from: 'a' });
    const both = run(from, { type: 'pathEndChosen', role: 'to', id: 'b' });
    expect(both.path).toEqual({ ...EMPTY_PATH_DRAFT, from: 'a', to: 'b' });

    const asked = { from: 'x', to: 'y', maxHops: 2, avoid: ['z'] };
    expect(run(both, { type: 'pathAsked', query: asked })).toMatchObject({
      path: asked,
      pathDraft: asked,
    });
    expect(run(both, { type: 'pathCleared' })).toMatchObject({
      path: null,
      pathDraft: EMPTY_PATH_DRAFT,
    });
  });

  it('opens and closes the source of a quote, the filters drawer, and sets the size', () => {
    const evidence = { sourceId: 's', quote: 'q', start: 0, end: 1 };
    const open = run(
      fresh,
      { type: 'quoteOpened', evidence, about: 'A' },
      { type: 'filtersToggled' },
      { type: 'industryChosen', id: 'biomedicine' },
      { type: 'sizeChosen', size: { depth: 3, limit: 1000 } },
    );
    expect(open).toMatchObject({
      quote: { evidence, about: 'A' },
      filtersOpen: true,
      industryId: 'biomedicine',
      size: { depth: 3, limit: 1000 },
    });
    expect(run(open, { type: 'quoteClosed' }, { type: 'filtersClosed' })).toMatchObject({
      quote: null,
      filtersOpen: false,
    });
  });
});
