import { describe, expect, it } from '@jest/globals';
import { bestQuotesFirst } from '../../client/src/features/details/lib/evidence';

const quote = (text: string, start: number, sourceId = 'article') => ({
  sourceId,
  quote: text,
  start,
  end: start + text.length,
});

describe('evidence quotes: each once, the best first', () => {
  it('folds the same span, a span inside another and the same words from one source', () => {
    const clause = quote('Pei Gang, president of the association, hosted the ceremony', 100);
    const inside = quote('hosted the ceremony', 140);
    const again = quote('Pei Gang', 400);
    const evidence = [inside, clause, { ...clause }, quote('Pei Gang', 100), again];
    expect(bestQuotesFirst(evidence, []).map((e) => e.quote)).toEqual([
      'Pei Gang, president of the association, hosted the ceremony',
      'Pei Gang',
    ]);
  });

  it('keeps the same words from another source', () => {
    const evidence = [quote('Pei Gang', 0), quote('Pei Gang', 0, 'wire')];
    expect(bestQuotesFirst(evidence, [])).toHaveLength(2);
  });

  it('puts quotes that name both ends first, otherwise keeps the order given', () => {
    const evidence = [
      quote('Pei Gang', 0),
      quote('the opening ceremony', 50),
      quote('Pei Gang hosted the opening ceremony', 200),
    ];
    expect(bestQuotesFirst(evidence, ['Pei Gang', 'Opening ceremony']).map((e) => e.quote)).toEqual(
      ['Pei Gang hosted the opening ceremony', 'Pei Gang', 'the opening ceremony'],
    );
  });
});
