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
  it('round-trips focus, selection, expansions, the path question, filters and size', () => {
    const state = {
      focus: 'pei-gang',
      selected: 'wan-gang',
      expanded: [
        { nodeId: 'chinese-academy-of-sciences', relationType: 'MEMBER_OF' as const },
        { nodeId: 'cppcc', relationType: null },
      ],
      path: { from: 'pei-gang', to: 'wan-gang', maxHops: 3, avoid: ['cppcc'] },
      hiddenKinds: ['PLACE' as const],
      hiddenTypes: ['LOCATED_IN' as const],
      size: { depth: 2, limit: 500 },
    };
    const encoded = encodeViewState(state);
    expect(encoded).toContain('expand=chinese-academy-of-sciences~MEMBER_OF,cppcc');
    expect(decodeViewState(`?${encoded}`)).toEqual(state);
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
  });
});
