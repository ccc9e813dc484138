import { describe, expect, it } from '@jest/globals';
import { relationshipId, SlugSchema, slugify } from '@guanxi/graph-schema';

describe('identity', () => {
  it('turns names into readable slugs', () => {
    expect(slugify('Shanghai’s Science Hall')).toBe('shanghais-science-hall');
    expect(slugify('  Chinese People’s Political Consultative Conference ')).toBe(
      'chinese-peoples-political-consultative-conference',
    );
    expect(SlugSchema.safeParse('pei-gang').success).toBe(true);
    expect(SlugSchema.safeParse('Pei Gang').success).toBe(false);
  });

  it('gives a relationship an id from its ends, type and title', () => {
    expect(relationshipId('HOLDS_POSITION', 'pei-gang', 'saor', { title: 'President' })).toBe(
      'pei-gang--holds-position--saor--president',
    );
  });
});
