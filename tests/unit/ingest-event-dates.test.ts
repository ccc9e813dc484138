import { describe, expect, it } from '@jest/globals';
import { propose, segment } from '@guanxi/ingest';

/** Each event candidate's name and date ("" when none). */
function dates(text: string, publishedAt?: string): string[] {
  return propose({ text, ...(publishedAt ? { publishedAt } : {}) }, [])
    .entities.filter((e) => e.kind === 'EVENT')
    .map((e) => `${e.name} | ${e.date ?? ''}`);
}

describe('event dates (event.date@1)', () => {
  it('reads a full date, with or without the weekday', () => {
    expect(dates('The Kunming Flower Expo opened on Friday, April 12, 2024.')).toEqual([
      'Kunming Flower Expo | 2024-04-12',
    ]);
    expect(dates('The Kunming Flower Expo opened on 12 April 2024.')).toEqual([
      'Kunming Flower Expo | 2024-04-12',
    ]);
  });

  it('reads a month or a year as a partial date', () => {
    expect(dates('The Kunming Flower Expo was held in September 2021.')).toEqual([
      'Kunming Flower Expo | 2021-09',
    ]);
    expect(dates('The Kunming Flower Expo took place in 2017.')).toEqual([
      'Kunming Flower Expo | 2017',
    ]);
  });

  it('dates a weekday or a day without its year from the publication date only', () => {
    const text = 'The Kunming Flower Expo opened on Tuesday.';
    // 2024-04-12 is a Friday: the Tuesday before it.
    expect(dates(text, '2024-04-12T09:30:00+08:00')).toEqual(['Kunming Flower Expo | 2024-04-09']);
    // The same weekday is that very day.
    expect(dates(text, '2024-04-09')).toEqual(['Kunming Flower Expo | 2024-04-09']);
    expect(dates(text)).toEqual(['Kunming Flower Expo | ']);
    expect(dates('The Kunming Flower Expo opened on April 8.', '2024-04-12')).toEqual([
      'Kunming Flower Expo | 2024-04-08',
    ]);
    expect(dates('The Kunming Flower Expo opened on April 8.')).toEqual(['Kunming Flower Expo | ']);
  });

  it('gives a founding year to the series, never to the edition', () => {
    const text =
      'The 9th Kunming Flower Expo opened on May 2, 2023. Launched in 2007, the expo draws growers from across Asia.';
    expect(dates(text)).toEqual([
      '9th Kunming Flower Expo | 2023-05-02',
      'Kunming Flower Expo | 2007',
    ]);
    expect(dates('Launched in 2007, the Kunming Flower Expo draws growers.')).toEqual([
      'Kunming Flower Expo | ',
    ]);
  });

  it('dates nothing in a sentence that names no event', () => {
    const text =
      'Qin Yu hosted the Kunming Flower Expo. She founded her nursery in 2011 after a decade abroad.';
    expect(dates(text)).toEqual(['Kunming Flower Expo | ']);
  });
});

describe('wire datelines', () => {
  it('are noise: the place and the agency are no parties to the news', () => {
    const text =
      'KUNMING, April 12 (Xinhua) -- Qin Yu, president of Yunnan University, hosted the Kunming Flower Expo on Friday.';
    const pieces = segment(text).map(({ start, end, noise }) => ({
      text: text.slice(start, end),
      noise,
    }));
    expect(pieces).toEqual([
      { text: 'KUNMING, April 12 (Xinhua) --', noise: true },
      {
        text: 'Qin Yu, president of Yunnan University, hosted the Kunming Flower Expo on Friday.',
        noise: false,
      },
    ]);
    const proposal = propose({ text, publishedAt: '2024-04-12' }, []);
    expect(proposal.entities.map((e) => e.name)).toEqual([
      'Qin Yu',
      'Yunnan University',
      'Kunming Flower Expo',
    ]);
    expect(proposal.entities.find((e) => e.kind === 'EVENT')?.date).toBe('2024-04-12');
  });

  it('start a line, and may give the place and the agency alone', () => {
    const text = 'LHASA (Reuters) - Tourism rose. HAIKOU — Trade fell.';
    expect(
      segment(text)
        .filter((s) => s.noise)
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(['LHASA (Reuters) -']);
  });
});
