import { itemAt } from '../text/checked';
import { readTitle, roleSlug, type TitleMatch } from '../lexicon/titles';
import type { Mention } from '../mentions/mention';
import { spanOf } from '../text/spans';
import { lower, type Token } from '../text/tokens';
import { type FoundRelation, keyOf, mentionAt, mentionsIn, type RelationContext } from './context';

/*
 * Offices and memberships stated next to a name. Appositive chains: "Wan Gang, Vice Chairman of
 * the 12th National Committee of the CPPCC, Chairman of CAST, and Chairman of the Central
 * Committee of the Zhigong Party, gave …" → one link per office. Titles may share a body ("vice
 * president and party secretary of X"), follow it ("a CAS academician") or precede the name
 * ("CAST Chairman Wan Gang"). Memberships (member, academician, scholar) are MEMBER_OF.
 */

const CHAIN_RULE = 'relation.appositive-chain@1';
const PRENOMINAL_RULE = 'relation.title-before-name@1';

/** Words that may sit between the entries of a chain without ending it. */
const CONNECTORS = new Set([
  ',',
  'and',
  'a',
  'an',
  'the',
  'also',
  'who',
  'is',
  'was',
  'serves',
  'served',
  'as',
  'well',
  'currently',
  'concurrently',
  'now',
  'both',
  'has',
  'been',
  '(',
]);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
/** Words that join a title to its body. */
const BODY_PREPOSITIONS = new Set(['of', 'at', 'to', 'with', 'in']);

interface Office {
  titles: TitleMatch[];
  body: Mention;
  /** Where the evidence starts: the name for the first office, the title for later ones. */
  quoteStart: number;
}

export interface Chain {
  offices: Office[];
  /** Offset just after the chain's last body, or the person's end when there is no chain. */
  end: number;
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.start >= offset);
  return index < 0 ? tokens.length : index;
}

/** "… Consultative Conference (CPPCC) and …": the bracket repeats the body, the chain goes on. */
function afterBracketedAbbreviation(tokens: readonly Token[], at: number): number {
  return tokens[at]?.text === '(' && tokens[at + 2]?.text === ')' ? at + 3 : at;
}

/** "the gene therapy start-up Genecircle": lower-case words that describe the body named next. */
function afterDescriptors(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end - at < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[end]?.text ?? '')) end += 1;
  return end > at && /^\p{Lu}/u.test(tokens[end]?.text ?? '') ? end : at;
}

/** "professor of physics at Fudan University": the field between a title and "at" its body. */
function skipField(tokens: readonly Token[], at: number): number {
  if (lower(tokens[at]) !== 'of') return at;
  let end = at + 1;
  while (/^\p{Ll}+$/u.test(tokens[end]?.text ?? '') && lower(tokens[end]) !== 'at' && end - at <= 3)
    end += 1;
  return lower(tokens[end]) === 'at' && end > at + 1 ? end : at;
}

/** Titles joined by "and" or commas: "vice president and party secretary". */
function readTitleGroup(tokens: readonly Token[], from: number): TitleMatch[] {
  const titles: TitleMatch[] = [];
  let at = from;
  for (let title = readTitle(tokens, at); title; title = readTitle(tokens, at)) {
    titles.push(title);
    at = title.next;
    const joiner = lower(tokens[at]);
    if (joiner !== 'and' && joiner !== ',') break;
    const skip = joiner === ',' && lower(tokens[at + 1]) === 'and' ? 2 : 1;
    if (!readTitle(tokens, at + skip)) break;
    at += skip;
  }
  return titles;
}

/** A short form ("the department", "its … Department") joined to a body named in full. */
function isResolvedReference(context: RelationContext, body: Mention): boolean {
  if (body.anaphoric) return true;
  const key = keyOf(context, body);
  return (
    body.possessive === true &&
    context.clustering.entities.some((e) => e.key === key && e.name !== body.name)
  );
}

/** The chain of offices after a person's name, within its sentence. */
export function readChain(
  context: RelationContext,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  person: Mention,
): Chain {
  const offices: Office[] = [];
  let end = person.end;
  let at = tokenIndexAt(tokens, person.end);
  for (;;) {
    const entryStart = at;
    while (at < tokens.length && CONNECTORS.has(lower(tokens[at]))) at += 1;
    if (offices.length === 0 && at === entryStart) break;
    const titles = readTitleGroup(tokens, at);
    if (titles.length > 0) {
      let bodyAt = skipField(tokens, itemAt(titles, titles.length - 1).next);
      if (!BODY_PREPOSITIONS.has(lower(tokens[bodyAt]))) break;
      const possessive = POSSESSIVES.has(lower(tokens[bodyAt + 1]));
      const article = possessive || lower(tokens[bodyAt + 1]) === 'the';
      bodyAt = afterDescriptors(tokens, bodyAt + 1 + (article ? 1 : 0));
      const body = tokens[bodyAt] && mentionAt(context, mentions, itemAt(tokens, bodyAt).start);
      if (!body || body.kind !== 'INSTITUTION') break;
      // "head of its United Front Work Department": whose department is a pronoun's; only a
      // short form the text resolves to a body named in full says which.
      if (possessive && !isResolvedReference(context, body)) break;
      offices.push({
        titles,
        body,
        quoteStart: offices.length === 0 ? person.start : itemAt(titles, 0).start,
      });
      end = body.end;
      at = afterBracketedAbbreviation(tokens, tokenIndexAt(tokens, body.end));
      continue;
    }
    // "a CAS academician", "Fudan University president"
    const body = tokens[at] && mentionAt(context, mentions, itemAt(tokens, at).start);
    const title =
      body?.kind === 'INSTITUTION' ? readTitle(tokens, tokenIndexAt(tokens, body.end)) : undefined;
    if (!body || !title || tokens[tokenIndexAt(tokens, body.end)]?.start !== title.start) break;
    offices.push({
      titles: [title],
      body,
      quoteStart: offices.length === 0 ? person.start : body.start,
    });
    end = title.end;
    at = title.next;
  }
  return { offices, end };
}

function relationOf(
  context: RelationContext,
  person: string,
  body: string,
  title: TitleMatch,
  evidenceStart: number,
  evidenceEnd: number,
  rule: string,
): FoundRelation {
  return {
    type: title.membership ? 'MEMBER_OF' : 'HOLDS_POSITION',
    from: person,
    to: body,
    properties: title.membership
      ? { title: title.wording }
      : { title: title.wording, role: roleSlug(title.canonical) },
    evidence: [spanOf(context.text, evidenceStart, evidenceEnd)],
    confidence: rule === CHAIN_RULE ? 0.8 : 0.7,
    rule,
  };
}

export function findOffices(context: RelationContext): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const { sentence, tokens } of context.tokens) {
    const mentions = mentionsIn(context, sentence);
    for (const person of mentions.filter((m) => m.kind === 'PERSON')) {
      const personKey = keyOf(context, person);
      if (!personKey) continue;
      for (const office of readChain(context, tokens, mentions, person).offices) {
        const bodyKey = keyOf(context, office.body);
        if (!bodyKey) continue;
        for (const title of office.titles) {
          const end = Math.max(office.body.end, title.end);
          found.push(
            relationOf(context, personKey, bodyKey, title, office.quoteStart, end, CHAIN_RULE),
          );
        }
      }
      found.push(...titleBeforeName(context, tokens, mentions, person, personKey));
    }
  }
  return found;
}

/** "CAST Chairman Wan Gang", "Fudan University President Jin Li". */
function titleBeforeName(
  context: RelationContext,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  person: Mention,
  personKey: string,
): FoundRelation[] {
  const personAt = tokenIndexAt(tokens, person.start);
  for (let titleAt = personAt - 1; titleAt >= Math.max(0, personAt - 4); titleAt -= 1) {
    const title = readTitle(tokens, titleAt);
    if (!title || title.next !== personAt) continue;
    const body = mentions.find(
      (m) => m.kind === 'INSTITUTION' && tokens[titleAt - 1]?.end === m.end,
    );
    const bodyKey = keyOf(context, body);
    if (!body || !bodyKey) return [];
    return [
      relationOf(context, personKey, bodyKey, title, body.start, person.end, PRENOMINAL_RULE),
    ];
  }
  return [];
}
