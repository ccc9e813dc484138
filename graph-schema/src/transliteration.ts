import { pinyin } from 'pinyin-pro';

/** Latin letters that Unicode decomposition leaves whole, spelled as English writers do. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
};

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The text in Latin letters where we know how: accents dropped, Chinese characters as toneless
 * pinyin, one word per syllable ("裴钢" → "pei gang"). Other scripts pass through unchanged.
 */
export function transliterate(text: string): string {
  // Pinyin first: its "lü" must lose its accent like any other Latin letter.
  return text
    .replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array' }).join(' ')} `)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØđĐðÐþÞłŁı]/g, (letter) => LATIN_LETTERS[letter] ?? letter);
}
