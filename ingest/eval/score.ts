import { type EntityKind, TERMS, TermIdSchema } from '@guanxi/graph-schema';
import type {
  EntityCandidateDraft,
  GazetteerEntry,
  Proposal,
  RelationshipCandidateDraft,
} from '../src/types';
import type { GoldArticle, GoldEvent, GoldPosition } from './gold';
import {
  bodyKey,
  eventKey,
  eventsLooselyAlike,
  eventsStrictlyAlike,
  personKey,
  titleKey,
} from './keys';

/*
 * One article's proposal against its gold labels. Every rule here is written down in
 * docs/ingest-quality.md ("How a prediction is matched to gold").
 */

export const METRICS = ['people', 'positions', 'eventRoles', 'organisers', 'matches'] as const;
export type Metric = (typeof METRICS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface MergeProblem {
  candidate: string;
  entity: string;
  why: string;
}

export interface ArticleScore {
  counts: Record<Metric, Counts>;
  /** Candidates matched to an existing entity that gold says is a different one. */
  wrongMerges: MergeProblem[];
  /** Candidates matched to an existing entity the gold never mentions: false positives, not merges gold forbids. */
  unexpectedMatches: MergeProblem[];
  /** Gold items not found, per metric (readable). */
  missed: Record<Metric, string[]>;
  /** Predictions that are not gold, per metric (readable). */
  spurious: Record<Metric, string[]>;
  /** Person–title–body links found with the other of HOLDS_POSITION / MEMBER_OF. */
  typeMismatches: string[];
  /** Relationships whose ends are not entity candidates of the proposal. */
  dangling: number;
}

export const score = ({ tp, fp, fn }: Counts): Score => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

export const addCounts = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});

const namesOf = (candidate: EntityCandidateDraft): string[] => [
  candidate.name,
  ...candidate.aliases,
];

const ordinalFigure = (n: number): string => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/**
 * The body a relationship dated by a numbered term is of, under the names gold gives that term
 * too: the pipeline links "the 12th National Committee" to the body itself and dates the link by
 * the term, where gold names the "12th National Committee of …".
 */
function bodyInTerm(candidate: EntityCandidateDraft, rel: { properties: Record<string, unknown> }) {
  const term = TermIdSchema.safeParse(rel.properties.dateTerm);
  if (!term.success) return candidate;
  const numbered = namesOf(candidate).map(
    (name) => `${ordinalFigure(TERMS[term.data].ordinal)} ${name}`,
  );
  return { ...candidate, aliases: [...candidate.aliases, ...numbered] };
}

const keysOf = (names: readonly string[], key: (name: string) => string): Set<string> =>
  new Set(names.map(key));

const shares = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));

interface Assignment<P, G> {
  pairs: [P, G][];
  missed: G[];
  spurious: P[];
  counts: Counts;
}

/**
 * One prediction per gold item at most, greedily in gold order; predictions that land on an
 * optional gold item count neither way, nor do optional gold items left unfound.
 */
function assign<P, G extends { optional?: boolean }>(
  predictions: readonly P[],
  golds: readonly G[],
  fits: (prediction: P, gold: G) => boolean,
): Assignment<P, G> {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  const missed: G[] = [];
  const ordered = [...golds.filter((g) => !g.optional), ...golds.filter((g) => g.optional)];
  for (const gold of ordered) {
    const index = predictions.findIndex((p, i) => !used.has(i) && fits(p, gold));
    if (index >= 0) {
      used.add(index);
      pairs.push([predictions[index] as P, gold]);
    } else if (!gold.optional) {
      missed.push(gold);
    }
  }
  const spurious = predictions.filter((_, i) => !used.has(i));
  const tp = pairs.filter(([, g]) => !g.optional).length;
  return { pairs, missed, spurious, counts: { tp, fp: spurious.length, fn: missed.length } };
}

interface ResolvedRelationship {
  rel: RelationshipCandidateDraft;
  from: EntityCandidateDraft;
  to: EntityCandidateDraft;
}

const describeRel = ({ rel, from, to }: ResolvedRelationship): string => {
  const p = rel.properties;
  const detail = [p.title, p.role].filter((v) => typeof v === 'string').join(', ');
  return `${from.name} —${rel.type}${detail ? ` (${detail})` : ''}→ ${to.name}`;
};

export function scoreArticle(
  gold: GoldArticle,
  proposal: Proposal,
  gazetteer: readonly GazetteerEntry[],
): ArticleScore {
  const entities = new Map(proposal.entities.map((e) => [e.key, e]));
  const resolved: ResolvedRelationship[] = [];
  let dangling = 0;
  for (const rel of proposal.relationships) {
    const from = entities.get(rel.from);
    const to = entities.get(rel.to);
    if (from && to) resolved.push({ rel, from, to });
    else dangling += 1;
  }
  const ofType = (...types: string[]) => resolved.filter((r) => types.includes(r.rel.type));
  const eventCandidates = proposal.entities.filter((e) => e.kind === 'EVENT');

  // --- alignment of a candidate with a gold name -------------------------------------------
  const goldPerson = new Map(gold.people.map((p) => [p.name, p]));
  const personFits = (candidate: EntityCandidateDraft, name: string): boolean => {
    const person = goldPerson.get(name);
    const goldKeys = keysOf([name, ...(person?.aliases ?? [])], personKey);
    return candidate.kind === 'PERSON' && shares(keysOf(namesOf(candidate), personKey), goldKeys);
  };
  const bodyNamesFit = (candidate: EntityCandidateDraft, names: readonly string[]): boolean =>
    candidate.kind === 'INSTITUTION' &&
    shares(keysOf(namesOf(candidate), bodyKey), keysOf(names, bodyKey));
  const bodyFits = (
    candidate: EntityCandidateDraft,
    body: { body: string; bodyAliases?: string[]; bodyMatch?: string | null },
  ): boolean =>
    bodyNamesFit(candidate, [body.body, ...(body.bodyAliases ?? [])]) ||
    (candidate.kind === 'INSTITUTION' &&
      !!body.bodyMatch &&
      candidate.match?.entityId === body.bodyMatch);
  const goldEvent = new Map(gold.events.map((e) => [e.name, e]));
  const eventKeysOf = (names: readonly string[]) => names.map(eventKey);
  const eventFitsLoosely = (candidate: EntityCandidateDraft, event: GoldEvent): boolean => {
    if (candidate.kind !== 'EVENT') return false;
    if (event.match && candidate.match?.entityId === event.match) return true;
    const goldKeys = eventKeysOf([event.name, ...(event.aliases ?? [])]);
    const candidateKeys = eventKeysOf(namesOf(candidate));
    if (candidateKeys.some((c) => goldKeys.some((g) => eventsLooselyAlike(c, g)))) return true;
    return !!event.main && eventCandidates.length === 1;
  };
  const eventFitsStrictly = (candidate: EntityCandidateDraft, names: readonly string[]): boolean =>
    candidate.kind === 'EVENT' &&
    eventKeysOf(namesOf(candidate)).some((c) =>
      eventKeysOf(names).some((g) => eventsStrictlyAlike(c, g)),
    );

  // --- people -------------------------------------------------------------------------------
  const people = assign(
    proposal.entities.filter((e) => e.kind === 'PERSON'),
    gold.people,
    (candidate, person) => personFits(candidate, person.name),
  );

  // --- person–title–body links -------------------------------------------------------------
  const titlesOf = (position: GoldPosition): Set<string> =>
    keysOf(Array.isArray(position.title) ? position.title : [position.title], titleKey);
  const predictedTitle = ({ rel }: ResolvedRelationship): string => {
    const title = rel.properties.title;
    if (typeof title === 'string') return titleKey(title);
    return rel.type === 'MEMBER_OF' ? 'member' : '';
  };
  const positions = assign(
    ofType('HOLDS_POSITION', 'MEMBER_OF'),
    gold.positions,
    (r, g) =>
      personFits(r.from, g.person) &&
      titlesOf(g).has(predictedTitle(r)) &&
      bodyFits(bodyInTerm(r.to, r.rel), g),
  );
  const typeMismatches = positions.pairs
    .filter(([r, g]) => r.rel.type !== g.type)
    .map(([r, g]) => `${describeRel(r)}: gold says ${g.type}`);

  // --- event roles and organisers ------------------------------------------------------------
  const eventRoles = assign(ofType('PARTICIPATED_IN'), gold.eventRoles, (r, g) => {
    const roles: readonly string[] = Array.isArray(g.role) ? g.role : [g.role];
    const event = goldEvent.get(g.event);
    return (
      personFits(r.from, g.person) &&
      roles.includes(String(r.rel.properties.role)) &&
      !!event &&
      eventFitsLoosely(r.to, event)
    );
  });
  const organisers = assign(ofType('ORGANIZED'), gold.organisers, (r, g) => {
    const event = goldEvent.get(g.event);
    return (
      bodyFits(bodyInTerm(r.from, r.rel), g) &&
      r.rel.properties.role === g.role &&
      !!event &&
      eventFitsLoosely(r.to, event)
    );
  });

  // --- matches to existing entities, and wrong merges -----------------------------------------
  const kindOf = new Map(gazetteer.map((entry) => [entry.id, entry.kind]));
  const nameFits = (candidate: EntityCandidateDraft, name: string, kind: EntityKind): boolean => {
    if (kind === 'INSTITUTION') return bodyNamesFit(candidate, [name]);
    if (kind === 'EVENT') return eventFitsStrictly(candidate, [name]);
    return (
      candidate.kind === kind &&
      shares(keysOf(namesOf(candidate), personKey), keysOf([name], personKey))
    );
  };
  const goldBodies = [...gold.positions, ...gold.organisers];
  const contradiction = (candidate: EntityCandidateDraft, id: string): string | undefined => {
    if (candidate.kind === 'PERSON') {
      const person = gold.people.find((p) => personFits(candidate, p.name));
      if (person && person.match !== id) {
        return `gold: ${person.name} is ${person.match ?? 'a new person'}`;
      }
    }
    if (candidate.kind === 'INSTITUTION') {
      const body = goldBodies.find(
        (b) =>
          b.bodyMatch !== undefined && bodyNamesFit(candidate, [b.body, ...(b.bodyAliases ?? [])]),
      );
      if (body && body.bodyMatch !== id)
        return `gold: ${body.body} is ${body.bodyMatch ?? 'a new body'}`;
    }
    if (candidate.kind === 'EVENT') {
      const event = gold.events.find((e) =>
        eventFitsStrictly(candidate, [e.name, ...(e.aliases ?? [])]),
      );
      if (event && event.match !== id)
        return `gold: ${event.name} is ${event.match ?? 'a new event'}`;
    }
    return undefined;
  };
  const wrongMerges: MergeProblem[] = [];
  const unexpectedMatches: MergeProblem[] = [];
  const correctIds = new Set<string>();
  for (const candidate of proposal.entities) {
    const id = candidate.match?.entityId;
    if (!id) continue;
    const problem = (why: string): MergeProblem => ({ candidate: candidate.name, entity: id, why });
    const kind = kindOf.get(id);
    if (!kind) {
      unexpectedMatches.push(problem('no such entity in the gazetteer'));
      continue;
    }
    if (kind !== candidate.kind) {
      wrongMerges.push(problem(`a ${candidate.kind} matched to a ${kind}`));
      continue;
    }
    if (gold.matches.some((m) => m.entity === id && nameFits(candidate, m.name, kind))) {
      correctIds.add(id);
      continue;
    }
    const forbidden = gold.notMatches.find(
      (m) => m.entity === id && nameFits(candidate, m.name, kind),
    );
    if (forbidden) {
      wrongMerges.push(problem(`gold notMatches: "${forbidden.name}" is not ${id}`));
      continue;
    }
    const contradicted = contradiction(candidate, id);
    if (contradicted) {
      wrongMerges.push(problem(contradicted));
      continue;
    }
    if (gold.matches.some((m) => m.entity === id)) correctIds.add(id);
    else unexpectedMatches.push(problem('gold names no mention of this entity'));
  }
  const requiredIds = new Set(gold.matches.filter((m) => !m.optional).map((m) => m.entity));
  const matchCounts: Counts = {
    tp: [...requiredIds].filter((id) => correctIds.has(id)).length,
    fp: wrongMerges.length + unexpectedMatches.length,
    fn: [...requiredIds].filter((id) => !correctIds.has(id)).length,
  };

  const personLine = (p: { name: string; match: string | null }) =>
    p.match ? `${p.name} (= ${p.match})` : p.name;
  const titleLine = (t: string | string[]) => (Array.isArray(t) ? t.join(' | ') : t);
  const roleLine = (r: string | string[]) => (Array.isArray(r) ? r.join(' | ') : r);
  return {
    counts: {
      people: people.counts,
      positions: positions.counts,
      eventRoles: eventRoles.counts,
      organisers: organisers.counts,
      matches: matchCounts,
    },
    wrongMerges,
    unexpectedMatches,
    missed: {
      people: people.missed.map(personLine),
      positions: positions.missed.map(
        (g) => `${g.person} — ${titleLine(g.title)} — ${g.body} (${g.type})`,
      ),
      eventRoles: eventRoles.missed.map((g) => `${g.person} — ${roleLine(g.role)} — ${g.event}`),
      organisers: organisers.missed.map((g) => `${g.body} — ${g.role} — ${g.event}`),
      matches: [...requiredIds]
        .filter((id) => !correctIds.has(id))
        .map((id) => `${gold.matches.find((m) => m.entity === id)?.name ?? id} (= ${id})`),
    },
    spurious: {
      people: people.spurious.map((e) => e.name),
      positions: positions.spurious.map(describeRel),
      eventRoles: eventRoles.spurious.map(describeRel),
      organisers: organisers.spurious.map(describeRel),
      matches: [...wrongMerges, ...unexpectedMatches].map(
        (m) => `${m.candidate} = ${m.entity}: ${m.why}`,
      ),
    },
    typeMismatches,
    dangling,
  };
}
