import { itemAt } from '../text/checked';
import { isChineseSurname, isGivenName, splitHyphenatedName } from '../lexicon/chinese-names';
import { EVENT_HEADS, INSTITUTION_HEADS, VENUE_HEADS } from '../lexicon/organisation-heads';
import { isKnownPlace } from '../lexicon/places';
import { readTitle } from '../lexicon/titles';
import { isWesternGivenName } from '../lexicon/western-names';
import { isCapitalised, lower, tokenize, type Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * People: after an honorific ("Mr. Pei Gang"), a Chinese surname and pinyin given name in
 * either order ("Li Ruxin", "Ruxin Li", "Pei-gang"), a common English given name and a surname,
 * a capitalised name before an appositive title ("John Doe, president of …") or after a title
 * ("President Xi Jinping"), and a surname alone before a reporting verb ("Pei said").
 */

const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Professor', 'Madam', 'Academician']);
const REPORTING_VERBS = new Set([
  'said',
  'says',
  'added',
  'noted',
  'told',
  'stressed',
  'explained',
]);
const MAX_NAME_WORDS = 3;

/** A capitalised word that may be part of a name: not a head noun, title, place or opener. */
function isNameWord(token: Token | undefined): boolean {
  if (!token || !isCapitalised(token) || !/^\p{Lu}[\p{L}'’-]*$/u.test(token.text)) return false;
  const word = lower(token);
  if (INSTITUTION_HEADS[word] || EVENT_HEADS.has(word) || VENUE_HEADS[word]) return false;
  return !isKnownPlace(token.text) && /\p{Ll}/u.test(token.text);
}

const isTitleAt = (tokens: readonly Token[], index: number): boolean =>
  readTitle(tokens, index) !== undefined;

interface NameReading {
  surname: string;
  given: string;
  /** Surname first in the key, whatever the text's order, so "Ruxin Li" is "li ruxin". */
  key: string;
}

function chineseName(first: Token, second: Token | undefined): NameReading | undefined {
  const hyphenated = second ? undefined : splitHyphenatedName(first.text);
  if (hyphenated) return readingOf(hyphenated.surname, hyphenated.given);
  if (!second || !isNameWord(first) || !isNameWord(second)) return undefined;
  if (isChineseSurname(first.text) && isGivenName(second.text))
    return readingOf(first.text, second.text);
  if (!isChineseSurname(first.text) && isGivenName(first.text) && isChineseSurname(second.text))
    return readingOf(second.text, first.text);
  return undefined;
}

/**
 * The surname and key of a name found some other way (the gazetteer): a pinyin name read as the
 * rules read it, any other name by its last word.
 */
export function personNameParts(name: string): { surname: string; personKey: string } {
  const words = tokenize(name).filter((token) => /^\p{L}/u.test(token.text));
  const first = words[0];
  const reading = first && words.length <= 2 ? chineseName(first, words[1]) : undefined;
  const last = words[words.length - 1]?.text ?? name;
  return { surname: reading?.surname ?? last, personKey: reading?.key ?? name.toLowerCase() };
}

const readingOf = (surname: string, given: string): NameReading => ({
  surname,
  given,
  key: `${surname} ${given.replace(/-/g, '')}`.toLowerCase(),
});

export class PeopleFinder {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly sentence: number,
  ) {}

  findAll(): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < this.tokens.length; i += 1) {
      const mention =
        this.afterHonorific(i) ??
        this.chinese(i) ??
        this.western(i) ??
        this.afterTitle(i) ??
        this.beforeAppositive(i) ??
        this.surnameBeforeReportingVerb(i);
      if (mention) {
        found.push(mention);
        while (i + 1 < this.tokens.length && itemAt(this.tokens, i + 1).start < mention.end) i += 1;
      }
    }
    return found;
  }

  /** Capitalised name words from `from`, at most three. */
  private nameWordsFrom(from: number): number {
    let end = from;
    while (
      end - from < MAX_NAME_WORDS &&
      isNameWord(this.tokens[end]) &&
      !isTitleAt(this.tokens, end)
    )
      end += 1;
    return end;
  }

  private afterHonorific(i: number): Mention | undefined {
    const honorific = itemAt(this.tokens, i);
    if (!HONORIFICS.has(honorific.text)) return undefined;
    const hasStop = this.tokens[i + 1]?.text === '.';
    const from = hasStop ? i + 2 : i + 1;
    const end = this.nameWordsFrom(from);
    if (end === from) return undefined;
    const written = this.text.slice(honorific.start, itemAt(this.tokens, from - 1).end);
    const extra = { honorific: written };
    if (end - from === 1) {
      const only = itemAt(this.tokens, from);
      const hyphenated = splitHyphenatedName(only.text);
      if (hyphenated)
        return this.person(
          from,
          end,
          'person.honorific@1',
          0.9,
          readingOf(hyphenated.surname, hyphenated.given),
          extra,
        );
      return this.surnameReference(from, 'person.honorific@1', 0.6, extra);
    }
    const reading = chineseName(itemAt(this.tokens, from), this.tokens[from + 1]);
    return this.person(from, end, 'person.honorific@1', 0.9, reading, extra);
  }

  private chinese(i: number): Mention | undefined {
    const single = splitHyphenatedName(itemAt(this.tokens, i).text);
    if (single)
      return this.person(
        i,
        i + 1,
        'person.chinese-name@1',
        0.7,
        readingOf(single.surname, single.given),
      );
    const reading = chineseName(itemAt(this.tokens, i), this.tokens[i + 1]);
    if (!reading) return undefined;
    const surnameFirst = reading.surname === itemAt(this.tokens, i).text;
    return this.person(i, i + 2, 'person.chinese-name@1', surnameFirst ? 0.75 : 0.6, reading);
  }

  private western(i: number): Mention | undefined {
    if (!isWesternGivenName(itemAt(this.tokens, i).text) || !isNameWord(this.tokens[i + 1]))
      return undefined;
    const end = this.nameWordsFrom(i);
    return end - i >= 2 ? this.person(i, end, 'person.western-name@1', 0.7) : undefined;
  }

  /** "President Xi Jinping", "Ambassador Nicholas Burns". */
  private afterTitle(i: number): Mention | undefined {
    const title = readTitle(this.tokens, i);
    if (!title || !isCapitalised(this.tokens[i]) || !isCapitalised(this.tokens[title.next - 1]))
      return undefined;
    const from = title.next;
    const end = this.nameWordsFrom(from);
    if (end - from < 2 || this.tokens[end]?.text === 'of') return undefined;
    return this.person(
      from,
      end,
      'person.title-prefix@1',
      0.6,
      chineseName(itemAt(this.tokens, from), this.tokens[from + 1]),
    );
  }

  /** "Jane Roe, president of …": a name is what an appositive title describes. */
  private beforeAppositive(i: number): Mention | undefined {
    const previous = this.tokens[i - 1];
    if (previous && isCapitalised(previous)) return undefined;
    const end = this.nameWordsFrom(i);
    if (end - i < 2 || this.tokens[end]?.text !== ',') return undefined;
    let titleAt = end + 1;
    if (['a', 'an', 'the'].includes(lower(this.tokens[titleAt]))) titleAt += 1;
    if (!isTitleAt(this.tokens, titleAt)) return undefined;
    return this.person(i, end, 'person.appositive@1', 0.6);
  }

  /** "Pei said", "Cheng, who …": kept only if the text names a Pei in full (see the clustering stage). */
  private surnameBeforeReportingVerb(i: number): Mention | undefined {
    const token = itemAt(this.tokens, i);
    const next = lower(this.tokens[i + 1]);
    const describedNext = next === ',' && lower(this.tokens[i + 2]) === 'who';
    if (!isNameWord(token) || (!REPORTING_VERBS.has(next) && !describedNext)) return undefined;
    if (isCapitalised(this.tokens[i - 1])) return undefined;
    return this.surnameReference(i, 'person.surname-reference@1', 0.5, {});
  }

  private surnameReference(
    at: number,
    rule: string,
    confidence: number,
    extra: { honorific?: string },
  ): Mention {
    const token = itemAt(this.tokens, at);
    return {
      kind: 'PERSON',
      start: token.start,
      end: token.end,
      name: token.text,
      rule,
      confidence,
      sentence: this.sentence,
      surname: token.text,
      surnameOnly: true,
      ...extra,
    };
  }

  private person(
    from: number,
    end: number,
    rule: string,
    confidence: number,
    reading?: NameReading,
    extra: { honorific?: string } = {},
  ): Mention {
    const first = itemAt(this.tokens, from);
    const last = itemAt(this.tokens, end - 1);
    const name = this.text.slice(first.start, last.end);
    return {
      kind: 'PERSON',
      start: first.start,
      end: last.end,
      name,
      rule,
      confidence,
      sentence: this.sentence,
      personKey: reading?.key ?? name.toLowerCase(),
      surname: reading?.surname ?? last.text,
      ...extra,
    };
  }
}
