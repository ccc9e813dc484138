import { nameKey } from '@guanxi/graph-schema';
import { defined } from '../text/checked';
import type { AbbreviationDefinition } from '../mentions/abbreviations';
import { POSSESSIVE_REFERENCE_RULE } from '../mentions/body-references';
import type { Mention } from '../mentions/mention';
import { spanOf, uniqueSpans } from '../text/spans';
import type { EntityCandidateDraft, TextSpan } from '../types';
import { curatedBodyOf, organisationKey } from './organisation-key';

/*
 * Stage 4: mentions of one entity become one candidate. Institutions share a candidate when
 * their organisation keys agree, when the text defines one as the other's abbreviation, or when
 * both are names of one curated body; people when their names agree (surname first); a surname
 * alone joins the one person of that surname named before it. "The symposium" joins the latest
 * named event with that head; an edition ("the 13th …") implies its series.
 */

export interface EventLink {
  child: string;
  parent: string;
  rule: string;
  evidence: TextSpan[];
}

export interface Clustering {
  entities: EntityCandidateDraft[];
  keyOf: ReadonlyMap<Mention, string>;
  /** The event the text reports: the named event mentioned most. */
  mainEvent?: string;
  /** Editions under their series, parts under the event reported. */
  eventLinks: EventLink[];
  /** Aliases each candidate has because the text defined them ("… (CAS)"). */
  definedAliases: ReadonlyMap<string, string[]>;
  /** Keys of curated bodies each candidate is a name of. */
  curatedBody: ReadonlyMap<string, number>;
}

interface Group {
  id: string;
  mentions: Mention[];
  /** Names this group has that are not written in the text as a mention of it. */
  syntheticName?: string;
  /** Short forms that refer to it ("its United Front Work Department"): not names of their own. */
  references?: Mention[];
}

const capitalise = (phrase: string): string => phrase.charAt(0).toUpperCase() + phrase.slice(1);
const withoutArticle = (name: string): string => name.replace(/^the\s+/i, '');
const isAbbreviation = (name: string): boolean => /^[\p{Lu}\p{N}&-]+$/u.test(name);
const headWord = (name: string): string =>
  nameKey(name)
    .split(' ')
    .find((w) => w) ?? '';

function institutionGroupId(name: string): string {
  const curated = curatedBodyOf(name);
  return curated === undefined ? `I:${organisationKey(name)}` : `I:curated:${curated}`;
}

class GroupBuilder {
  readonly groups = new Map<string, Group>();
  readonly groupOf = new Map<Mention, Group>();

  add(id: string, mention: Mention): Group {
    const group = this.groups.get(id) ?? { id, mentions: [] };
    group.mentions.push(mention);
    this.groups.set(id, group);
    this.groupOf.set(mention, group);
    return group;
  }

  addReference(id: string, mention: Mention): void {
    const group = this.add(id, mention);
    group.references = [...(group.references ?? []), mention];
  }
}

export function clusterMentions(
  mentions: readonly Mention[],
  definitions: readonly AbbreviationDefinition[],
  text: string,
): Clustering {
  const builder = new GroupBuilder();
  const fullOfAbbreviation = new Map(definitions.map((d) => [d.abbreviation, d.full.name]));
  const namedEvents: Mention[] = [];
  const people: Mention[] = [];
  const bodies: Mention[] = [];

  for (const mention of mentions) {
    switch (mention.kind) {
      case 'PERSON':
        if (mention.surnameOnly) {
          const antecedent = personBySurname(people, mention);
          if (antecedent) builder.add(defined(builder.groupOf.get(antecedent)).id, mention);
          else if (mention.honorific) builder.add(`P:${nameKey(mention.name)}`, mention);
        } else {
          people.push(mention);
          builder.add(`P:${mention.personKey ?? nameKey(mention.name)}`, mention);
        }
        break;
      case 'INSTITUTION': {
        const antecedent = bodyAntecedent(bodies, mention, mentions);
        if (antecedent) {
          builder.addReference(
            builder.groupOf.get(antecedent)?.id ?? institutionGroupId(antecedent.name),
            mention,
          );
          break;
        }
        // A head alone with no body of that head named before: the text never names the body.
        if (mention.anaphoric) break;
        bodies.push(mention);
        const full = mention.rule.startsWith('organisation.abbreviation-defined')
          ? fullOfAbbreviation.get(mention.name)
          : undefined;
        // Every term of a body is the body ("the 12th National Committee", "the CPPCC National
        // Committee"); the term dates what is said of it, not which body it is.
        builder.add(institutionGroupId(mention.term?.body ?? full ?? mention.name), mention);
        break;
      }
      case 'EVENT':
        if (mention.anaphoric) {
          const antecedent = latestEventWithHead(namedEvents, mention);
          if (antecedent) builder.add(defined(builder.groupOf.get(antecedent)).id, mention);
          else builder.add(`R:${headWord(mention.name)}`, mention);
        } else if (mention.subEvent) builder.add(`S:${mention.subEvent}`, mention);
        else {
          namedEvents.push(mention);
          builder.add(`E:${nameKey(withoutArticle(mention.name))}`, mention);
        }
        break;
      case 'PLACE':
        builder.add(`L:${nameKey(mention.name)}`, mention);
        break;
      case 'INDUSTRY':
        builder.add(`N:${nameKey(mention.name).replace(/s$/, '')}`, mention);
        break;
    }
  }

  // Events named only in lower case ("a seminar") stand for themselves when nothing is named.
  const unnamed = [...builder.groups.values()].filter((g) => g.id.startsWith('R:'));
  for (const group of unnamed) {
    if (namedEvents.length > 0) builder.groups.delete(group.id);
    else group.syntheticName = capitalise(group.id.slice(2));
  }
  const mainEventGroup = mostMentioned(
    [...builder.groups.values()].filter((g) =>
      g.id.startsWith(namedEvents.length > 0 ? 'E:' : 'R:'),
    ),
  );
  const eventLinks: { child: Group; parent: Group; rule: string; evidence: TextSpan[] }[] = [];
  for (const group of [...builder.groups.values()]) {
    if (group.id.startsWith('S:')) {
      if (!mainEventGroup) {
        builder.groups.delete(group.id);
        continue;
      }
      const part = group.id.slice(2);
      group.syntheticName = `${capitalise(part)} of the ${bestName(mainEventGroup)}`;
      eventLinks.push({
        child: group,
        parent: mainEventGroup,
        rule: 'event.sub-event@1',
        evidence: group.mentions.map((m) => spanOf(text, m.start, m.end)),
      });
    }
    const edition = group.mentions.find((m) => m.edition !== undefined && !m.anaphoric);
    if (group.id.startsWith('E:') && edition) {
      const seriesName = bestName(group).replace(/^\S+\s+/, '');
      const seriesId = `E:${nameKey(seriesName)}`;
      const series = builder.groups.get(seriesId) ?? {
        id: seriesId,
        mentions: [],
        syntheticName: seriesName,
      };
      builder.groups.set(seriesId, series);
      eventLinks.push({
        child: group,
        parent: series,
        rule: 'event.series@1',
        evidence: [spanOf(text, edition.start, edition.end)],
      });
    }
  }
  return finish(builder, eventLinks, mainEventGroup, definitions, text);
}

function finish(
  builder: GroupBuilder,
  links: { child: Group; parent: Group; rule: string; evidence: TextSpan[] }[],
  mainEventGroup: Group | undefined,
  definitions: readonly AbbreviationDefinition[],
  text: string,
): Clustering {
  // Keys follow the text. A series named only through its edition comes right after it (+0.5).
  const firstAt = (group: Group): number =>
    Math.min(
      ...group.mentions.map((m) => m.start),
      ...links
        .filter((l) => l.parent === group)
        .flatMap((l) => l.evidence.map((e) => e.start + 0.5)),
    );
  const ordered = [...builder.groups.values()].sort(
    (a, b) => firstAt(a) - firstAt(b) || a.id.localeCompare(b.id),
  );
  const keyOfGroup = new Map(ordered.map((group, i) => [group, `e${i + 1}`]));
  const keyOf = new Map<Mention, string>();
  for (const [mention, group] of builder.groupOf) {
    const key = keyOfGroup.get(group);
    if (key) keyOf.set(mention, key);
  }
  const entities = ordered.map((group) =>
    draftOf(group, defined(keyOfGroup.get(group)), text, links),
  );
  const definedAliases = new Map<string, string[]>();
  const curatedBody = new Map<string, number>();
  for (const definition of definitions) {
    const key = keyOf.get(definition.full);
    if (key) definedAliases.set(key, [...(definedAliases.get(key) ?? []), definition.abbreviation]);
  }
  for (const entity of entities) {
    const curated =
      entity.kind === 'INSTITUTION'
        ? [entity.name, ...entity.aliases].map(curatedBodyOf).find((i) => i !== undefined)
        : undefined;
    if (curated !== undefined) curatedBody.set(entity.key, curated);
  }
  return {
    entities,
    keyOf,
    ...(mainEventGroup ? { mainEvent: defined(keyOfGroup.get(mainEventGroup)) } : {}),
    eventLinks: links.map((link) => ({
      child: defined(keyOfGroup.get(link.child)),
      parent: defined(keyOfGroup.get(link.parent)),
      rule: link.rule,
      evidence: link.evidence,
    })),
    definedAliases,
    curatedBody,
  };
}

/** The most complete name: the longest written name that is not an abbreviation or a reference. */
function bestName(group: Group): string {
  if (group.syntheticName) return group.syntheticName;
  const names = namesOf(group);
  const full = names.filter((name) => !isAbbreviation(name));
  return [...(full.length > 0 ? full : names)].sort((a, b) => b.length - a.length)[0] ?? '';
}

function namesOf(group: Group): string[] {
  const names = group.mentions
    .filter((m) => !m.anaphoric && !m.surnameOnly && !m.subEvent && !group.references?.includes(m))
    .map((m) => withoutArticle(m.name).replace(/\s+/g, ' '));
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(nameKey(name)) && seen.add(nameKey(name)));
}

function draftOf(
  group: Group,
  key: string,
  text: string,
  links: readonly { child: Group; parent: Group; evidence: TextSpan[]; rule: string }[],
): EntityCandidateDraft {
  const name = bestName(group);
  const mentions = group.mentions;
  const first = mentions[0];
  const kind = first?.kind ?? 'EVENT';
  // A series the text names only through its editions takes their mentions as its evidence.
  const impliedBy = mentions.length === 0 ? links.filter((l) => l.parent === group) : [];
  const parentEvidence = impliedBy.flatMap((l) => l.evidence);
  const rules = [
    ...new Set([
      ...mentions.map((m) => m.rule),
      ...impliedBy.map((l) => l.rule),
      ...(group.references?.some((m) => m.possessive) ? [POSSESSIVE_REFERENCE_RULE] : []),
    ]),
  ].sort();
  const trusted = [...mentions].sort((a, b) => trust(b) - trust(a));
  const institutionKind = trusted.find((m) => m.institutionKind)?.institutionKind;
  const placeKind = trusted.find((m) => m.placeKind)?.placeKind;
  const edition = mentions.find((m) => m.edition !== undefined && !m.anaphoric)?.edition;
  const honorific = mentions.find((m) => m.honorific)?.honorific;
  const confidences = mentions.map((m) => m.confidence);
  return {
    key,
    kind,
    name,
    aliases: namesOf(group).filter((alias) => nameKey(alias) !== nameKey(name)),
    evidence: uniqueSpans([
      ...mentions.map((m) => spanOf(text, m.start, m.end)),
      ...parentEvidence,
    ]),
    ...(kind === 'INSTITUTION' ? { institutionKind: institutionKind ?? 'other' } : {}),
    ...(kind === 'PLACE' ? { placeKind: placeKind ?? 'venue' } : {}),
    ...(edition !== undefined ? { edition } : {}),
    ...(honorific ? { honorific } : {}),
    confidence: confidences.length > 0 ? Math.max(...confidences) : 0.5,
    rule: rules.join('+'),
  };
}

/** Curated and graph names say more about an institution's kind than a head noun does. */
const trust = (mention: Mention): number =>
  mention.gazetteerId
    ? 3
    : mention.rule.includes('curated')
      ? 2
      : mention.rule.includes('of-chain')
        ? 0
        : 1;

function mostMentioned(groups: readonly Group[]): Group | undefined {
  return [...groups].sort(
    (a, b) =>
      b.mentions.length - a.mentions.length ||
      Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)),
  )[0];
}

/** The person a surname alone refers to: the one of that surname named last before it. */
function personBySurname(people: readonly Mention[], reference: Mention): Mention | undefined {
  const surname = reference.name.toLowerCase();
  const same = people.filter(
    (p) => p.surname?.toLowerCase() === surname && p.start < reference.start,
  );
  const distinct = new Set(same.map((p) => p.personKey));
  if (distinct.size === 1) return same[same.length - 1];
  // Two people of one surname: only the one named in this or the previous sentence.
  const recent = same.filter((p) => reference.sentence - p.sentence <= 1);
  return new Set(recent.map((p) => p.personKey)).size === 1 ? recent[recent.length - 1] : undefined;
}

function latestEventWithHead(events: readonly Mention[], reference: Mention): Mention | undefined {
  const head = headWord(reference.name);
  const withHead = events.filter(
    (e) =>
      nameKey(e.name).split(' ').includes(head) || nameKey(e.name).split(' ').includes(`${head}s`),
  );
  return withHead[withHead.length - 1];
}

/**
 * A body's head noun: "Hubei Provincial Health Commission" → "commission",
 * "Academy of …" → "academy".
 */
function bodyHead(name: string): string {
  const words = nameKey(name).split(' ');
  const joint = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (joint > 0 ? words[joint - 1] : words[words.length - 1]) ?? '';
}

/**
 * The body a short form refers to: for "the department", the nearest body before it whose head
 * is "department"; for "its United Front Work Department", the nearest body named "United Front
 * Work Department of …" before it, else the first after it (a report may give the full name
 * later). Undefined for a mention that is no short form.
 */
function bodyAntecedent(
  before: readonly Mention[],
  mention: Mention,
  all: readonly Mention[],
): Mention | undefined {
  if (mention.anaphoric) {
    const head = mention.name.toLowerCase();
    return before.filter((b) => bodyHead(b.name) === head).pop();
  }
  if (!mention.possessive) return undefined;
  const prefix = `${nameKey(mention.name)} of `;
  const named = all.filter(
    (b) =>
      b.kind === 'INSTITUTION' &&
      !b.anaphoric &&
      !b.possessive &&
      nameKey(b.name).startsWith(prefix),
  );
  return (
    named.filter((b) => b.start < mention.start).pop() ?? named.find((b) => b.start > mention.start)
  );
}
