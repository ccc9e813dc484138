import { describe, expect, it } from '@jest/globals';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../client/src/lib/history';
import { decodeViewState, emptyViewState, encodeViewState } from '../../client/src/lib/url-state';

describe('undo and redo', () => {
  it('steps back and forth, and a new step after undo drops the redo branch', () => {
    let history = record(record(startHistory(1), 2, 10), 3, 10);
    history = undo(history);
    expect(history.present).toBe(2);
    expect(canRedo(history)).toBe(true);
    expect(redo(history).present).toBe(3);
    history = record(history, 4, 10);
    expect(canRedo(history)).toBe(false);
    expect(undo(undo(history)).present).toBe(1);
    expect(canUndo(startHistory(0))).toBe(false);
  });

  it('keeps at most the given number of steps', () => {
    let history = startHistory(0);
    for (let step = 1; step <= 5; step++) history = record(history, step, 3);
    expect(history.past).toEqual([2, 3, 4]);
  });
});

describe('shareable URL state', () => {
  it('round-trips focus, selection, expansions, hidden and pinned nodes, the industry, the path question, filters, size and year', () => {
    const state = {
      focus: 'pei-gang',
      selected: 'wan-gang',
      selectedEdge: null,
      expanded: [
        { nodeId: 'chinese-academy-of-sciences', relationType: 'MEMBER_OF' as const },
        { nodeId: 'cppcc', relationType: null },
      ],
      hidden: ['shanghai', 'cppcc'],
      pinned: [
        { id: 'pei-gang', x: 120, y: -45 },
        { id: 'wan-gang', x: 0, y: 300 },
      ],
      industry: 'biomedicine',
      compare: ['pei-gang', 'li-ruxin'],
      path: { from: 'pei-gang', to: 'wan-gang', maxHops: 3, avoid: ['cppcc'] },
      hiddenKinds: ['PLACE' as const],
      hiddenTypes: ['LOCATED_IN' as const],
      size: { depth: 2, limit: 500 },
      asOf: 2015,
    };
    const encoded = encodeViewState(state);
    expect(encoded).toContain('expand=chinese-academy-of-sciences~MEMBER_OF,cppcc');
    expect(encoded).toContain('pin=pei-gang:120:-45,wan-gang:0:300');
    expect(encoded).toContain('asOf=2015');
    expect(encoded).toContain('v=1');
    expect(decodeViewState(`?${encoded}`)).toEqual(state);
  });

  it('round-trips a selected relationship instead of a node', () => {
    const edge = 'pei-gang--member-of--chinese-academy-of-sciences--member';
    const state = { ...emptyViewState, focus: 'pei-gang', selectedEdge: edge };
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it('an empty view is an empty query string', () => {
    expect(encodeViewState(emptyViewState)).toBe('');
    expect(decodeViewState('')).toEqual(emptyViewState);
  });

  it('drops whatever is malformed instead of trusting it', () => {
    const state = decodeViewState(
      '?focus=<script>&expand=ok-id,bad id,x~NOT_A_TYPE&from=a&to=b&hops=99&hideKinds=PERSON,ALIEN&depth=7&limit=3',
    );
    expect(state.focus).toBeNull();
    expect(state.expanded).toEqual([{ nodeId: 'ok-id', relationType: null }]);
    expect(state.path).toEqual({ from: 'a', to: 'b', maxHops: 4, avoid: [] });
    expect(state.hiddenKinds).toEqual(['PERSON']);
    expect(state.size).toEqual(emptyViewState.size);
    const marks = decodeViewState(
      '?pin=a:1:2,b:x:3,c:1e9:0,d:4,e:5:6:7,f:1.6:-2.4&hide=ok,NOT OK&edge=a--b--&industry=Bio',
    );
    expect(marks.pinned).toEqual([
      { id: 'a', x: 1, y: 2 },
      { id: 'f', x: 2, y: -2 },
    ]);
    expect(marks.hidden).toEqual(['ok']);
    expect(marks.selectedEdge).toBeNull();
    expect(marks.industry).toBeNull();
  });

  it('reads the year only as four digits between 1900 and 2100', () => {
    const asOf = (value: string) => decodeViewState(`?asOf=${value}`).asOf;
    expect(['1900', '2100'].map(asOf)).toEqual([1900, 2100]);
    expect(['1899', '2101', '15', '02015', '2015-03', '2e03', ' 2015'].map(asOf)).toEqual(
      Array(7).fill(null),
    );
  });
});
