import {
  GRAPH_FILE_FORMAT,
  type GraphFile,
  type InstitutionKind,
  type PARTICIPATION_ROLES,
} from '@guanxi/graph-schema';
import { createRandom, type Random } from './random';
import { SyntheticGraphBuilder } from './synthetic-builder';
import {
  CITIES,
  DISTRICT_WORDS,
  FIELDS,
  GIVEN_SYLLABLES,
  INDUSTRIES,
  MEMBERSHIP_TITLES,
  OFFICES,
  SURNAMES,
  THEME_GOALS,
  THEME_WORDS,
  VENUE_WORDS,
} from './vocabulary';

export interface SyntheticGraphOptions {
  /** How many people; everything else scales with it. */
  people: number;
  /** Same seed, same graph. */
  seed?: number;
}

interface Named {
  id: string;
  name: string;
}
interface City extends Named {
  districts: Named[];
  venues: Named[];
}
interface InstitutionNode extends Named {
  institutionKind: InstitutionKind;
  depth: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** Kind of body, its article-style description and the word for one of its sub-units. */
const TOP_LEVEL_KINDS: readonly {
  kind: InstitutionKind;
  weight: number;
  name: (city: string, field: string) => string;
  unit: string;
}[] = [
  { kind: 'academy', weight: 5, name: (c, f) => `${c} Academy of ${f}`, unit: 'Institute' },
  { kind: 'university', weight: 20, name: (c, f) => `${c} University of ${f}`, unit: 'School' },
  {
    kind: 'government-body',
    weight: 18,
    name: (c, f) => `${c} Commission for ${f}`,
    unit: 'Department',
  },
  {
    kind: 'party-body',
    weight: 7,
    name: (c, f) => `${c} Working Committee on ${f}`,
    unit: 'Department',
  },
  {
    kind: 'advisory-body',
    weight: 5,
    name: (c, f) => `${c} Consultative Council on ${f}`,
    unit: 'Subcommittee',
  },
  {
    kind: 'association',
    weight: 25,
    name: (c, f) => `${c} Association for ${f}`,
    unit: 'Committee',
  },
  { kind: 'company', weight: 15, name: (c, f) => `${c} ${f} Group`, unit: 'Division' },
  {
    kind: 'research-facility',
    weight: 5,
    name: (c, f) => `${c} ${f} Laboratory`,
    unit: 'Beamline',
  },
];
const MAX_DEPTH = 3;

function generatePlaces(builder: SyntheticGraphBuilder, random: Random, people: number): City[] {
  const china = builder.addEntity(
    { id: 'china', kind: 'PLACE', name: 'China', placeKind: 'country' },
    'China is the country where every synthetic fact takes place.',
  );
  const cityCount = Math.min(CITIES.length, Math.max(3, Math.ceil(people / 4000)));
  return CITIES.slice(0, cityCount).map((cityName) => {
    const city = builder.addEntity(
      { id: `city-${cityName.toLowerCase()}`, kind: 'PLACE', name: cityName, placeKind: 'city' },
      `${cityName} is a city.`,
    );
    builder.relate('LOCATED_IN', city.id, china.id, {}, `${cityName} lies in China.`);
    for (const industry of INDUSTRIES) {
      if (random.next() < 0.5) {
        builder.relate(
          'PRIORITIZES',
          city.id,
          industry.id,
          { description: 'pillar industry' },
          `${cityName} counts ${industry.name.toLowerCase()} among its pillar industries.`,
        );
      }
    }
    const within = (words: readonly string[], placeKind: 'district' | 'venue'): Named[] =>
      words
        .filter(() => random.next() < 0.7)
        .map((word) => {
          const name = `${cityName} ${word}`;
          const place = builder.addEntity(
            {
              id: `${city.id}-${placeKind}-${word.toLowerCase().replace(/[^a-z]+/g, '-')}`,
              kind: 'PLACE',
              name,
              placeKind,
            },
            `The ${name} is a ${placeKind} of ${cityName}.`,
          );
          builder.relate(
            'LOCATED_IN',
            place.id,
            city.id,
            {},
            `The ${name} is located in ${cityName}.`,
          );
          return place;
        });
    const districts = within(DISTRICT_WORDS, 'district');
    const venues = within(VENUE_WORDS, 'venue');
    if (venues.length === 0) venues.push(...within(VENUE_WORDS.slice(0, 1), 'venue'));
    return { id: city.id, name: cityName, districts, venues };
  });
}

function generateIndustries(builder: SyntheticGraphBuilder): void {
  for (const industry of INDUSTRIES) {
    builder.addEntity(
      { id: industry.id, kind: 'INDUSTRY', name: industry.name },
      `${industry.name} is an industry.`,
    );
  }
}

/**
 * Top-level bodies first, then sub-units whose parents are drawn by a power law: the big bodies
 * gather many units and chains up to three levels deep form under them.
 */
function generateInstitutions(
  builder: SyntheticGraphBuilder,
  random: Random,
  people: number,
  cities: City[],
): InstitutionNode[] {
  const total = Math.max(12, Math.round(people / 20));
  const topLevel = Math.max(6, Math.round(total / 5));
  const width = String(total).length;
  const institutions: InstitutionNode[] = [];
  const unitWord = new Map<string, string>();
  for (let index = 0; index < total; index += 1) {
    const id = `institution-${pad(index + 1, width)}`;
    if (index < topLevel) {
      const kind = random.weighted(TOP_LEVEL_KINDS, (k) => k.weight);
      const city = random.pick(cities);
      const name = builder.names.claim(() => kind.name(city.name, random.pick(FIELDS)));
      builder.addEntity(
        { id, kind: 'INSTITUTION', name, institutionKind: kind.kind },
        `The ${name} is a ${kind.kind.replace(/-/g, ' ')}.`,
      );
      const place =
        kind.kind === 'research-facility' && city.districts.length > 0
          ? random.pick(city.districts)
          : city;
      builder.relate(
        'LOCATED_IN',
        id,
        place.id,
        {},
        `The ${name} is located in the ${place.name}.`,
      );
      if (random.next() < 0.15) {
        const industry = random.pick(INDUSTRIES);
        builder.relate(
          'PRIORITIZES',
          id,
          industry.id,
          {},
          `The ${name} gives priority to ${industry.name.toLowerCase()}.`,
        );
      }
      institutions.push({ id, name, institutionKind: kind.kind, depth: 1 });
      unitWord.set(id, kind.unit);
      continue;
    }
    let parent = random.zipfPick(institutions, 1.2);
    while (parent.depth >= MAX_DEPTH)
      parent = random.zipfPick(institutions.slice(0, topLevel), 1.2);
    const unit = unitWord.get(parent.id) ?? 'Department';
    // "Department of Law of the Department of Law of …" reads like a bug, not like data.
    const fields = FIELDS.filter((field) => !parent.name.includes(field));
    const name = builder.names.claim(
      () => `${unit} of ${random.pick(fields)} of the ${parent.name}`,
    );
    builder.addEntity(
      { id, kind: 'INSTITUTION', name, institutionKind: parent.institutionKind },
      `The ${name} is a unit of the ${parent.name}.`,
    );
    builder.relate('PART_OF', id, parent.id, {}, `The ${name} is part of the ${parent.name}.`);
    institutions.push({
      id,
      name,
      institutionKind: parent.institutionKind,
      depth: parent.depth + 1,
    });
    unitWord.set(id, unit);
  }
  return institutions;
}

function generateEvents(
  builder: SyntheticGraphBuilder,
  random: Random,
  people: number,
  cities: City[],
  institutions: InstitutionNode[],
): Named[] {
  const seriesCount = Math.max(2, Math.round(people / 2500));
  const editions: Named[] = [];
  for (let s = 0; s < seriesCount; s += 1) {
    const city = random.pick(cities);
    const launched = 1990 + random.int(30);
    const seriesName = builder.names.claim(() => `${city.name} Forum on ${random.pick(FIELDS)}`);
    const seriesId = `event-series-${pad(s + 1, 4)}`;
    builder.addEntity(
      { id: seriesId, kind: 'EVENT', name: seriesName, date: String(launched) },
      `The ${seriesName} was launched in ${launched}.`,
    );
    const count = Math.min(2025 - launched + 1, 1 + random.int(10));
    for (let edition = 1; edition <= count; edition += 1) {
      const id = `${seriesId}-edition-${pad(edition, 2)}`;
      const name = `${ordinal(edition)} ${seriesName}`;
      builder.names.claim(() => name);
      const year = String(launched + edition - 1);
      const theme = `${random.pick(THEME_WORDS)} ${random.pick(FIELDS)} for ${random.pick(THEME_GOALS)}`;
      builder.addEntity(
        { id, kind: 'EVENT', name, edition, date: year, theme },
        `The ${name} took the theme “${theme}”.`,
      );
      builder.relate(
        'PART_OF',
        id,
        seriesId,
        {},
        `The ${name} is an edition of the ${seriesName}.`,
      );
      const venue = random.pick(city.venues);
      builder.relate(
        'HELD_AT',
        id,
        venue.id,
        {},
        `The ${name} was held at the ${venue.name} in ${year}.`,
      );
      const lead = random.zipfPick(institutions);
      builder.relate(
        'ORGANIZED',
        lead.id,
        id,
        { role: 'lead' },
        `The ${name} was led by the ${lead.name}.`,
      );
      for (let c = random.int(3); c > 0; c -= 1) {
        const partner = random.zipfPick(institutions);
        if (partner.id === lead.id) continue;
        builder.relate(
          'ORGANIZED',
          partner.id,
          id,
          { role: 'co-organiser' },
          `The ${name} was co-organised by the ${partner.name}.`,
        );
      }
      editions.push({ id, name });
    }
  }
  return editions;
}

const DESCRIPTORS = ['researcher', 'official', 'entrepreneur', 'scholar', 'engineer', 'physician'];
const PARTICIPATION_SENTENCE: Record<(typeof PARTICIPATION_ROLES)[number], string> = {
  host: 'hosted',
  'opening-remarks': 'gave the opening remarks at',
  speaker: 'spoke at',
  'closing-remarks': 'delivered the closing remarks at',
  participant: 'took part in',
};

function participationRole(random: Random): (typeof PARTICIPATION_ROLES)[number] {
  const roll = random.next();
  if (roll < 0.9) return 'participant';
  if (roll < 0.96) return 'speaker';
  return random.pick(['host', 'opening-remarks', 'closing-remarks'] as const);
}

/**
 * Affiliations and events are drawn by power laws (hub bodies and big events gather thousands of
 * people) and the number of each per person has a heavy tail (most people have one or two edges,
 * a few have dozens).
 */
function generatePeople(
  builder: SyntheticGraphBuilder,
  random: Random,
  people: number,
  institutions: InstitutionNode[],
  events: Named[],
): void {
  const width = String(people).length;
  for (let index = 0; index < people; index += 1) {
    const id = `person-${pad(index + 1, width)}`;
    const name = builder.names.claim(() => {
      const given =
        random.pick(GIVEN_SYLLABLES) + (random.next() < 0.8 ? random.pick(GIVEN_SYLLABLES) : '');
      return `${random.pick(SURNAMES)} ${given.charAt(0).toUpperCase()}${given.slice(1)}`;
    });
    builder.addEntity({ id, kind: 'PERSON', name }, `${name} is a ${random.pick(DESCRIPTORS)}.`);

    const affiliations = 1 + random.heavyTailCount(2.5, 12);
    for (let a = 0; a < affiliations; a += 1) {
      const body = random.zipfPick(institutions, 1.05);
      if (random.next() < 0.5) {
        const office = random.pick(OFFICES);
        builder.relate(
          'HOLDS_POSITION',
          id,
          body.id,
          { ...office },
          `${name} serves as ${office.title} of the ${body.name}.`,
        );
      } else {
        const title = random.pick(MEMBERSHIP_TITLES);
        builder.relate(
          'MEMBER_OF',
          id,
          body.id,
          { title },
          `${name} is a ${title} of the ${body.name}.`,
        );
      }
    }
    const participations = random.heavyTailCount(1.6, 60);
    for (let p = 0; p < participations; p += 1) {
      const event = random.zipfPick(events, 1.05);
      const role = participationRole(random);
      builder.relate(
        'PARTICIPATED_IN',
        id,
        event.id,
        { role },
        `${name} ${PARTICIPATION_SENTENCE[role]} the ${event.name}.`,
      );
    }
  }
}

/**
 * A synthetic graph of the same schema as the article's, at any scale: people, institutions in
 * hierarchies up to three levels deep, event series with editions, places and the three pillar
 * industries, all with provenance method `synthetic` and quotes into generated source text.
 * Pure and deterministic: the same options always give the same graph.
 */
export function generateSyntheticGraph(options: SyntheticGraphOptions): GraphFile {
  const { people, seed = 42 } = options;
  if (!Number.isInteger(people) || people < 1) throw new Error('people must be a whole number ≥ 1');
  const random = createRandom(seed);
  const builder = new SyntheticGraphBuilder(`seed ${seed}, ${people} people`);
  generateIndustries(builder);
  const cities = generatePlaces(builder, random, people);
  const institutions = generateInstitutions(builder, random, people, cities);
  const events = generateEvents(builder, random, people, cities, institutions);
  generatePeople(builder, random, people, institutions, events);
  return {
    format: GRAPH_FILE_FORMAT,
    description: `Synthetic graph: ${people} people, seed ${seed}. Generated, not real.`,
    sources: builder.corpus.sources(),
    entities: builder.entities,
    relationships: builder.relationships,
  };
}
