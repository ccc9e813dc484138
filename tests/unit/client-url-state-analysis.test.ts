import { describe, expect, it } from '@jest/globals';
import { SCORE_CHOICES } from '../../client/src/features/scores/lib/score-choice';
import {
  decodeViewState,
  emptyViewState,
  encodeViewState,
  type ViewState,
} from '../../client/src/lib/url-state';

/* Who matters and "What do these share?" in the explorer's links (issue 14). */
describe('analysis in a link', () => {
  const compared: ViewState = { ...emptyViewState, compare: ['pei-gang', 'li-ruxin'] };

  it('round-trips every score choice, the community colouring and the drawn shared answer', () => {
    for (const { value: sizeBy } of SCORE_CHOICES.filter((choice) => choice.value !== 'none')) {
      const state: ViewState = {
        ...compared,
        sizeBy,
        colourBy: 'community',
        sharedDrawn: true,
      };
      const encoded = encodeViewState(state);
      expect(encoded).toBe(
        `compare=pei-gang,li-ruxin&sizeBy=${sizeBy}&colourBy=community&shared=drawn&v=1`,
      );
      expect(decodeViewState(`?${encoded}`)).toEqual(state);
    }
  });

  it('leaves the defaults out: nothing sized, colour by kind, no answer drawn', () => {
    expect(encodeViewState({ ...emptyViewState, sizeBy: 'none' })).toBe('');
    expect(decodeViewState('?focus=pei-gang&v=1')).toEqual({
      ...emptyViewState,
      focus: 'pei-gang',
    });
  });

  it('ignores values it does not know, and a drawn answer without two entities to compare', () => {
    const garbled = decodeViewState(
      '?compare=pei-gang,li-ruxin&sizeBy=PAGE_RANK&colourBy=kind&shared=1&v=1',
    );
    expect(garbled).toEqual(compared);
    for (const search of [
      '?sizeBy=none&colourBy=&shared=drawn',
      '?sizeBy=<script>&colourBy=community,community&compare=pei-gang&shared=drawn',
      '?sizeBy=toString&sizeBy=viewPageRank&compare=pei-gang,pei-gang&shared=drawn',
    ]) {
      const state = decodeViewState(search);
      expect(state.sizeBy).toBeUndefined();
      expect(state.colourBy).toBeUndefined();
      expect(state.sharedDrawn).toBeUndefined();
    }
  });
});
