import { describe, expect, it } from '@jest/globals';
import { initialView, viewReducer } from '../../client/src/app/explorer-view';
import { decodeViewState, encodeViewState } from '../../client/src/lib/url-state';

const DRAFT = '0f9c2a7e-1b2c-4d5e-8f90-123456789abc';

describe('ingest screen: URL and view state', () => {
  it('?ingest=<draftId> reopens a draft; a bare ?ingest= opens a new article; junk is dropped', () => {
    expect(decodeViewState(`?ingest=${DRAFT}`).ingest).toEqual({ draftId: DRAFT });
    expect(decodeViewState('?ingest=').ingest).toEqual({ draftId: null });
    expect(decodeViewState('?ingest=<script>').ingest).toEqual({ draftId: null });
    expect(decodeViewState('?focus=pei-gang').ingest).toBeUndefined();
    const state = { ...decodeViewState('?focus=pei-gang'), ingest: { draftId: DRAFT } };
    expect(encodeViewState(state)).toBe(`focus=pei-gang&ingest=${DRAFT}&v=1`);
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it('opens, shows a draft and closes, keeping the rest of the view', () => {
    const view = initialView(decodeViewState('?selected=pei-gang'));
    expect(view.ingest).toBeNull();
    const open = viewReducer(view, { type: 'ingestOpened' });
    expect(open.ingest).toEqual({ draftId: null });
    const shown = viewReducer(open, { type: 'ingestDraftShown', draftId: DRAFT });
    expect(shown.ingest).toEqual({ draftId: DRAFT });
    // Opening again keeps the draft on screen.
    expect(viewReducer(shown, { type: 'ingestOpened' }).ingest).toEqual({ draftId: DRAFT });
    const closed = viewReducer(shown, { type: 'ingestClosed' });
    expect(closed.ingest).toBeNull();
    expect(closed.selection).toEqual({ group: 'nodes', id: 'pei-gang' });
    expect(initialView(decodeViewState(`?ingest=${DRAFT}`)).ingest).toEqual({ draftId: DRAFT });
  });
});
