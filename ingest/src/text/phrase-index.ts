import { itemAt } from './checked';
import { tokenize, type Token } from './tokens';

/*
 * Finds listed phrases in a token stream, longest first, in time proportional to the text and
 * not to the list: a gazetteer of a large graph holds hundreds of thousands of names.
 */

const fold = (word: string, caseSensitive: boolean): string => {
  const plain = word.replace(/[’‘`]/g, "'").normalize('NFC');
  return caseSensitive ? plain : plain.toLowerCase();
};

export interface PhraseHit<T> {
  /** Token indices [from, to). */
  from: number;
  to: number;
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();
  private readonly phrases = new Set<string>();
  private sorted = true;

  constructor(private readonly caseSensitive: boolean) {}

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((token) => fold(token.text, this.caseSensitive));
    if (words.length === 0) return;
    const folded = words.join(' ');
    if (this.phrases.has(folded)) return;
    this.phrases.add(folded);
    const list = this.byFirstWord.get(itemAt(words, 0)) ?? [];
    list.push({ words, value });
    this.byFirstWord.set(itemAt(words, 0), list);
    this.sorted = false;
  }

  /** The longest listed phrase starting at each token, without overlaps, left to right. */
  findAll(tokens: readonly Token[]): PhraseHit<T>[] {
    if (!this.sorted) {
      for (const list of this.byFirstWord.values())
        list.sort((a, b) => b.words.length - a.words.length);
      this.sorted = true;
    }
    const hits: PhraseHit<T>[] = [];
    const words = tokens.map((token) => fold(token.text, this.caseSensitive));
    for (let i = 0; i < tokens.length;) {
      const hit = this.longestAt(words, i);
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i += 1;
    }
    return hits;
  }

  private longestAt(words: readonly string[], from: number): PhraseHit<T> | undefined {
    for (const entry of this.byFirstWord.get(itemAt(words, from)) ?? []) {
      if (entry.words.every((word, k) => words[from + k] === word))
        return { from, to: from + entry.words.length, value: entry.value };
    }
    return undefined;
  }
}
