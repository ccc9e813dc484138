import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type GraphFile,
  GraphFileSchema,
  ORGANIZER_ROLES,
  PARTICIPATION_ROLES,
} from '@guanxi/graph-schema';

/*
 * Gold labels of the dev set (seed/ingest-dev/NNN.gold.json, format in its README.md), read and
 * checked. The seed article's gold is derived from its curated graph file at load time, so it
 * can never drift from the curation.
 */

export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];

export interface GoldPerson {
  name: string;
  aliases?: string[];
  match: string | null;
  /** Never set by the loader (every named person is required); here so people score like the rest. */
  optional?: boolean;
}

export interface GoldEvent {
  name: string;
  aliases?: string[];
  main?: boolean;
  match: string | null;
}

export interface GoldPosition {
  person: string;
  /** One accepted wording, or several. */
  title: string | string[];
  body: string;
  bodyAliases?: string[];
  bodyMatch: string | null;
  type: 'HOLDS_POSITION' | 'MEMBER_OF';
  optional?: boolean;
}

export interface GoldEventRole {
  person: string;
  role: ParticipationRole | ParticipationRole[];
  event: string;
  optional?: boolean;
}

export interface GoldOrganiser {
  body: string;
  bodyAliases?: string[];
  bodyMatch?: string | null;
  role: OrganizerRole;
  event: string;
  optional?: boolean;
}

export interface GoldMatch {
  name: string;
  entity: string;
  optional?: boolean;
}

export interface GoldArticle {
  /** "001" — the gold file's number. */
  id: string;
  goldFile: string;
  textFile: string;
  text: string;
  title?: string;
  against: 'seed' | 'empty';
  /** The long article the timing figure is taken on. */
  timing: boolean;
  events: GoldEvent[];
  people: GoldPerson[];
  positions: GoldPosition[];
  eventRoles: GoldEventRole[];
  organisers: GoldOrganiser[];
  matches: GoldMatch[];
  notMatches: GoldMatch[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEV_SET_DIR = resolve(here, '../../seed/ingest-dev');
export const SEED_GRAPH_FILE = resolve(here, '../../seed/data/article-000.graph.json');

export const readGraphFile = (path: string): GraphFile =>
  GraphFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

class GoldError extends Error {}

const fail = (file: string, message: string): never => {
  throw new GoldError(`${file}: ${message}`);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (file: string, where: string, value: unknown): string =>
  typeof value === 'string' && value.trim().length > 0
    ? value
    : fail(file, `${where} must be a non-empty string`);

const strOrNull = (file: string, where: string, value: unknown): string | null =>
  value === null || value === undefined ? null : str(file, where, value);

const strList = (file: string, where: string, value: unknown): string[] | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return fail(file, `${where} must be a list of strings`);
  return value.map((item, i) => str(file, `${where}[${i}]`, item));
};

const list = (file: string, where: string, value: unknown): Record<string, unknown>[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(file, `${where} must be a list`);
  return value.map((item, i) =>
    isRecord(item) ? item : fail(file, `${where}[${i}] must be an object`),
  );
};

const oneOf = <T extends string>(
  file: string,
  where: string,
  allowed: readonly T[],
  value: unknown,
): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(file, `${where} must be one of ${allowed.join(', ')}`);

const optional = (value: unknown): boolean | undefined => (value === true ? true : undefined);

/** The seed article's gold: everything its curated graph says about people and events. */
function deriveFromGraph(file: string, graph: GraphFile, mainEvent: string): Partial<GoldArticle> {
  const byId = new Map(graph.entities.map((entity) => [entity.id, entity]));
  const entity = (id: string) => byId.get(id) ?? fail(file, `derived gold: no entity ${id}`);
  const people = graph.entities.filter((e) => e.kind === 'PERSON');
  const events = graph.entities.filter((e) => e.kind === 'EVENT');
  if (!events.some((e) => e.id === mainEvent)) fail(file, `mainEvent ${mainEvent} is no event`);
  const rels = graph.relationships;
  return {
    people: people.map((p) => ({ name: p.name, aliases: p.aliases, match: null })),
    events: events.map((e) => ({
      name: e.name,
      aliases: e.aliases,
      main: e.id === mainEvent,
      match: null,
    })),
    positions: rels
      .filter((r) => r.type === 'HOLDS_POSITION' || r.type === 'MEMBER_OF')
      .map((r) => ({
        person: entity(r.from).name,
        title: String(r.properties.title ?? 'member'),
        body: entity(r.to).name,
        bodyAliases: entity(r.to).aliases,
        bodyMatch: null,
        type: r.type as GoldPosition['type'],
      })),
    eventRoles: rels
      .filter((r) => r.type === 'PARTICIPATED_IN')
      .map((r) => ({
        person: entity(r.from).name,
        role: r.properties.role as ParticipationRole,
        event: entity(r.to).name,
      })),
    organisers: rels
      .filter((r) => r.type === 'ORGANIZED')
      .map((r) => ({
        body: entity(r.from).name,
        bodyAliases: entity(r.from).aliases,
        bodyMatch: null,
        role: r.properties.role as OrganizerRole,
        event: entity(r.to).name,
      })),
    matches: [],
    notMatches: [],
  };
}

function parseGold(goldFile: string, raw: unknown): GoldArticle {
  const file = goldFile.split('/').pop() ?? goldFile;
  if (!isRecord(raw)) return fail(file, 'must be a JSON object');
  const id = /^(\d{3})\.gold\.json$/.exec(file)?.[1] ?? fail(file, 'name must be NNN.gold.json');
  const textFile = resolve(dirname(goldFile), str(file, 'text', raw.text));
  const text = readFileSync(textFile, 'utf8');
  const against = oneOf(file, 'against', ['seed', 'empty'] as const, raw.against);
  const base = {
    id,
    goldFile,
    textFile,
    text,
    title: raw.title === undefined ? undefined : str(file, 'title', raw.title),
    against,
    timing: raw.timing === true,
  };

  if (raw.derivedFrom !== undefined) {
    const graph = readGraphFile(
      resolve(dirname(goldFile), str(file, 'derivedFrom', raw.derivedFrom)),
    );
    const derived = deriveFromGraph(file, graph, str(file, 'mainEvent', raw.mainEvent));
    return { ...base, ...(derived as Omit<GoldArticle, keyof typeof base>) };
  }

  const events: GoldEvent[] = list(file, 'events', raw.events).map((e, i) => ({
    name: str(file, `events[${i}].name`, e.name),
    aliases: strList(file, `events[${i}].aliases`, e.aliases),
    main: optional(e.main),
    match: strOrNull(file, `events[${i}].match`, e.match),
  }));
  if (events.filter((e) => e.main).length !== 1) fail(file, 'exactly one event must be main');
  const people: GoldPerson[] = list(file, 'people', raw.people).map((p, i) => ({
    name: str(file, `people[${i}].name`, p.name),
    aliases: strList(file, `people[${i}].aliases`, p.aliases),
    match: strOrNull(file, `people[${i}].match`, p.match),
  }));
  const personNames = new Set(people.map((p) => p.name));
  const eventNames = new Set(events.map((e) => e.name));
  const person = (where: string, value: unknown) =>
    personNames.has(str(file, where, value))
      ? (value as string)
      : fail(file, `${where}: "${String(value)}" is not in people`);
  const event = (where: string, value: unknown) =>
    eventNames.has(str(file, where, value))
      ? (value as string)
      : fail(file, `${where}: "${String(value)}" is not in events`);

  const positions: GoldPosition[] = list(file, 'positions', raw.positions).map((p, i) => ({
    person: person(`positions[${i}].person`, p.person),
    title: Array.isArray(p.title)
      ? (strList(file, `positions[${i}].title`, p.title) ?? [])
      : str(file, `positions[${i}].title`, p.title),
    body: str(file, `positions[${i}].body`, p.body),
    bodyAliases: strList(file, `positions[${i}].bodyAliases`, p.bodyAliases),
    bodyMatch: strOrNull(file, `positions[${i}].bodyMatch`, p.bodyMatch),
    type: oneOf(file, `positions[${i}].type`, ['HOLDS_POSITION', 'MEMBER_OF'] as const, p.type),
    optional: optional(p.optional),
  }));
  const eventRoles: GoldEventRole[] = list(file, 'eventRoles', raw.eventRoles).map((r, i) => ({
    person: person(`eventRoles[${i}].person`, r.person),
    role: Array.isArray(r.role)
      ? r.role.map((role, j) =>
          oneOf(file, `eventRoles[${i}].role[${j}]`, PARTICIPATION_ROLES, role),
        )
      : oneOf(file, `eventRoles[${i}].role`, PARTICIPATION_ROLES, r.role),
    event: event(`eventRoles[${i}].event`, r.event),
    optional: optional(r.optional),
  }));
  const organisers: GoldOrganiser[] = list(file, 'organisers', raw.organisers).map((o, i) => ({
    body: str(file, `organisers[${i}].body`, o.body),
    bodyAliases: strList(file, `organisers[${i}].bodyAliases`, o.bodyAliases),
    bodyMatch: strOrNull(file, `organisers[${i}].bodyMatch`, o.bodyMatch),
    role: oneOf(file, `organisers[${i}].role`, ORGANIZER_ROLES, o.role),
    event: event(`organisers[${i}].event`, o.event),
    optional: optional(o.optional),
  }));
  const matchList = (key: 'matches' | 'notMatches'): GoldMatch[] =>
    list(file, key, raw[key]).map((m, i) => ({
      name: str(file, `${key}[${i}].name`, m.name),
      entity: str(file, `${key}[${i}].entity`, m.entity),
      optional: optional(m.optional),
    }));
  const matches = matchList('matches');
  const notMatches = matchList('notMatches');

  const foldQuotes = (s: string) => s.replace(/[’‘]/g, "'");
  for (const p of people) {
    if (!foldQuotes(text).includes(foldQuotes(p.name)))
      fail(file, `"${p.name}" is not in the text`);
    if (p.match && !matches.some((m) => m.entity === p.match && !m.optional)) {
      fail(file, `people: ${p.name}'s match ${p.match} is missing from matches`);
    }
  }
  if (against === 'empty' && matches.length + notMatches.length > 0) {
    fail(file, 'an article evaluated against an empty graph can match nothing');
  }
  return { ...base, events, people, positions, eventRoles, organisers, matches, notMatches };
}

/** Every NNN.gold.json of the dev set, in order. */
export function loadDevSet(dir: string = DEV_SET_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}\.gold\.json$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseGold(path, JSON.parse(readFileSync(path, 'utf8')) as unknown);
    });
}
