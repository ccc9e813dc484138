import { describe, expect, it } from '@jest/globals';
import { propose, segment } from '@guanxi/ingest';

const pieces = (text: string) =>
  segment(text).map(({ start, end, noise }) => ({ text: text.slice(start, end), noise }));

describe('segment', () => {
  it('marks photo credits, captions, bylines and datelines as noise', () => {
    const text = [
      'Ti Gon',
      '',
      'Symposium participants',
      'Photo by Chen Yu',
      'Photo: Xu Jiayi',
      '2024-05-18 10:31',
      'Mr. Pei Gang hosted the opening ceremony.',
    ].join('\n');
    expect(pieces(text)).toEqual([
      { text: 'Ti Gon', noise: true },
      { text: 'Symposium participants', noise: true },
      { text: 'Photo by Chen Yu', noise: true },
      { text: 'Photo: Xu Jiayi', noise: true },
      { text: '2024-05-18 10:31', noise: true },
      { text: 'Mr. Pei Gang hosted the opening ceremony.', noise: false },
    ]);
  });

  it('splits a paragraph at full stops, not after honorifics or initials', () => {
    const text = 'Mr. Wan Gang spoke. Dr. J. Smith said “It works.” He left.';
    expect(pieces(text).map((p) => p.text)).toEqual([
      'Mr. Wan Gang spoke.',
      'Dr. J. Smith said “It works.”',
      'He left.',
    ]);
  });

  it('keeps a long headline without a full stop as a sentence', () => {
    expect(pieces('Shanghai hosts the 14th symposium on Chinese scholars and development')).toEqual(
      [
        {
          text: 'Shanghai hosts the 14th symposium on Chinese scholars and development',
          noise: false,
        },
      ],
    );
  });

  it('gives half-open UTF-16 offsets into the text', () => {
    const text = '  “Café” was named.\r\nIt opened.  ';
    for (const sentence of segment(text)) {
      expect(text.slice(sentence.start, sentence.end).trim()).toBe(
        text.slice(sentence.start, sentence.end),
      );
    }
    expect(pieces(text).map((p) => p.text)).toEqual(['“Café” was named.', 'It opened.']);
  });
});

describe('photo credits at the end of a caption', () => {
  it.each([
    ['(Xinhua/Zhang Min)', 'Delegates vote at the session in Nanjing. (Xinhua/Zhang Min)'],
    [
      '[Photo by Lu Hong / Jiefang Daily]',
      'Guests tour the new lab on Friday. [Photo by Lu Hong / Jiefang Daily]',
    ],
    ['(Photo: IC)', 'Students from twelve universities visit the robotics exhibition. (Photo: IC)'],
  ])('splits %s off as noise, never a name', (credit, line) => {
    const text = `${line}\n`;
    const sentences = segment(text);
    const noise = sentences.filter((s) => s.noise).map((s) => text.slice(s.start, s.end));
    expect(noise).toEqual([credit]);
    const people = propose({ text }, []).entities.filter((e) => e.kind === 'PERSON');
    expect(people).toEqual([]);
  });
});
