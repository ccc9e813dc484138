import { describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import {
  compareIsoDates,
  ENTITY_RELATION_TYPES,
  EntitySchema,
  EventSchema,
  EvidenceSchema,
  HIERARCHY_RELATION_TYPES,
  RELATION_PROPERTY_SCHEMAS,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
  RelationshipRecordSchema,
  SourceSchema,
  STRICT_RELATION_PROPERTY_SCHEMAS,
  WRITE_LIMITS,
  WriteLimitsSchema,
} from '@guanxi/graph-schema';

/*
 * Writes you can trust (issue 9): the models refuse or fold what users managed to store.
 * Each block is one gap they found; every case here was accepted before.
 */

const quote = { sourceId: 'doc', quote: 'Pei Gang', start: 4, end: 12 };

const person = (fields: Record<string, unknown> = {}) => ({
  id: 'pei-gang',
  kind: 'PERSON',
  name: 'Pei Gang',
  evidence: [quote],
  ...fields,
});

const link = (fields: Record<string, unknown> = {}) => ({
  type: 'PART_OF',
  from: 'cppcc-shanghai',
  to: 'cppcc',
  evidence: [quote],
  ...fields,
});

/** "path: message" for every issue, or [] when the value passes. */
function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe('self-links and hierarchies', () => {
  it('refuses a self-link for every type', () => {
    expect(issuesOf(RelationshipRecordSchema, link({ from: 'cppcc', to: 'cppcc' }))).toEqual([
      'to: PART_OF cannot link "cppcc" to itself',
    ]);
    for (const type of RELATION_TYPES)
      expect(RELATION_TYPE_DEFINITIONS[type].selfLinks).toBe(false);
    for (const type of ENTITY_RELATION_TYPES) {
      expect(issuesOf(RelationshipRecordSchema, link({ type, from: 'x', to: 'x' }))).toHaveLength(
        1,
      );
    }
  });

  it('still accepts a link between two entities', () => {
    expect(issuesOf(RelationshipRecordSchema, link())).toEqual([]);
  });

  it('names the hierarchies whose cycles the server must refuse', () => {
    expect(HIERARCHY_RELATION_TYPES).toEqual(['PART_OF', 'LOCATED_IN']);
  });
});

describe('dates', () => {
  const eventOn = (date: string) => ({
    ...person({ id: 'symposium', kind: 'EVENT', name: 'The symposium' }),
    date,
  });

  it('refuses dates that are not on the calendar, naming what is wrong', () => {
    expect(issuesOf(EventSchema, eventOn('2020-13-45'))).toEqual([
      'date: 2020-13-45 is not a date: there is no month 13',
    ]);
    expect(issuesOf(EventSchema, eventOn('2021-02-29'))).toEqual([
      'date: 2021-02-29 is not a date: February 2021 has 28 days',
    ]);
    for (const date of ['2020-00', '2020-04-31', '1900-02-29', '2020-01-00', 'May 2020', '98']) {
      expect(issuesOf(EventSchema, eventOn(date))).toHaveLength(1);
    }
  });

  it('accepts a year, a month or a real day, leap days included', () => {
    for (const date of ['1998', '2023-05', '2020-02-29', '2000-02-29', '2021-12-31']) {
      expect(issuesOf(EventSchema, eventOn(date))).toEqual([]);
    }
  });

  it('checks a source’s publication date the same way', () => {
    const source = { id: 'doc', title: 'A report', text: 'text', publishedAt: '2021-02-29' };
    expect(issuesOf(SourceSchema, source)).toEqual([
      'publishedAt: 2021-02-29 is not a date: February 2021 has 28 days',
    ]);
  });

  it('refuses an office held until before it was held since', () => {
    const position = { title: 'president', since: '2020-05-10', until: '2020-05-01' };
    expect(issuesOf(STRICT_RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION, position)).toEqual([
      'until: until (2020-05-01) is before since (2020-05-10)',
    ]);
    expect(issuesOf(RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION, position)).toHaveLength(1);
    expect(
      issuesOf(STRICT_RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION, { title: 'x', since: '2020-13' }),
    ).toEqual(['since: 2020-13 is not a date: there is no month 13']);
  });

  it('allows a range within one day, or at different precisions that overlap', () => {
    const schema = STRICT_RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION;
    expect(issuesOf(schema, { title: 'x', since: '2020-05-01', until: '2020-05-01' })).toEqual([]);
    expect(issuesOf(schema, { title: 'x', since: '2020-05', until: '2020' })).toEqual([]);
    expect(issuesOf(schema, { title: 'x', since: '2020-05', until: '2019' })).toHaveLength(1);
  });

  it('compares dates at the coarser precision', () => {
    expect(compareIsoDates('2019', '2020-01-01')).toBeLessThan(0);
    expect(compareIsoDates('2020-03', '2020-02-28')).toBeGreaterThan(0);
    expect(compareIsoDates('2020', '2020-12-31')).toBe(0);
  });
});

describe('aliases', () => {
  it('refuses 20,000 aliases with one issue that names the limit, quickly', () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `${i} `.padEnd(500, 'x'));
    const started = performance.now();
    expect(issuesOf(EntitySchema, person({ aliases }))).toEqual([
      `aliases: too many aliases: at most ${WRITE_LIMITS.aliasCount}`,
    ]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('caps the count at 50 and the length at 200', () => {
    const numbered = (count: number) => Array.from({ length: count }, (_, i) => `Alias ${i}`);
    expect(WRITE_LIMITS.aliasCount).toBe(50);
    expect(issuesOf(EntitySchema, person({ aliases: numbered(50) }))).toEqual([]);
    expect(issuesOf(EntitySchema, person({ aliases: numbered(51) }))).toEqual([
      'aliases: too many aliases: at most 50',
    ]);
    expect(issuesOf(EntitySchema, person({ aliases: ['x'.repeat(200)] }))).toEqual([]);
    expect(issuesOf(EntitySchema, person({ aliases: ['x'.repeat(201)] }))).toEqual([
      'aliases.0: at most 200 characters',
    ]);
  });

  it('folds repeats, in any case or spacing, and drops the entity’s own name', () => {
    const entity = parsed(
      EntitySchema,
      person({
        aliases: ['Pei  Gang', 'pei gang', 'Gang Pei', ' GANG PEI ', 'Mr. Pei', 'gang pei'],
      }),
    );
    expect(entity.aliases).toEqual(['Gang Pei', 'Mr. Pei']);
  });

  it('refuses a blank alias', () => {
    expect(issuesOf(EntitySchema, person({ aliases: ['  '] }))).toEqual([
      'aliases.0: must not be blank',
    ]);
  });
});

describe('evidence', () => {
  it('refuses 1,000 identical quotes as too many, naming the limit', () => {
    expect(issuesOf(EntitySchema, person({ evidence: Array(1000).fill(quote) }))).toEqual([
      `evidence: too many evidence quotes: at most ${WRITE_LIMITS.evidenceCount} per record`,
    ]);
    expect(
      issuesOf(RelationshipRecordSchema, link({ evidence: Array(1000).fill(quote) })),
    ).toHaveLength(1);
  });

  it('folds the same span of the same source quoted twice', () => {
    const other = { sourceId: 'other', quote: 'Pei Gang', start: 4, end: 12 };
    const entity = parsed(EntitySchema, person({ evidence: [quote, { ...quote }, other, quote] }));
    expect(entity.evidence).toEqual([quote, other]);
    const relationship = parsed(RelationshipRecordSchema, link({ evidence: [quote, quote] }));
    expect(relationship.evidence).toEqual([quote]);
  });

  it('refuses a quote of only whitespace', () => {
    const blank = { sourceId: 'doc', quote: ' \n\t ', start: 0, end: 4 };
    expect(issuesOf(EvidenceSchema, blank)).toEqual(['quote: a quote must not be blank']);
    expect(issuesOf(EntitySchema, person({ evidence: [blank] }))).toEqual([
      'evidence.0.quote: a quote must not be blank',
    ]);
  });

  it('still needs at least one quote', () => {
    expect(issuesOf(EntitySchema, person({ evidence: [] }))).toEqual([
      'evidence: every entity needs at least one evidence quote',
    ]);
  });
});

describe('names, titles and notes', () => {
  const hostile: [string, string][] = [
    ['\u0000', 'U+0000'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\u202e', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u200b', 'U+200B'],
    ['\u200d', 'U+200D'],
    ['\ufeff', 'U+FEFF'],
    ['\u2060', 'U+2060'],
    ['\ud800', 'U+D800'],
  ];

  it.each(hostile)('refuses a name holding %j and names it as %s', (character, code) => {
    const [issue, ...rest] = issuesOf(EntitySchema, person({ name: `Pei${character} Gang` }));
    expect(rest).toEqual([]);
    expect(issue?.startsWith(`name: contains ${code}, `)).toBe(true);
  });

  it('refuses the same characters in aliases, titles, notes and source titles', () => {
    expect(issuesOf(EntitySchema, person({ aliases: ['gnaG ieP\u202e'] }))).toEqual([
      'aliases.0: contains U+202E, a bidirectional control; remove it',
    ]);
    expect(
      issuesOf(STRICT_RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION, { title: 'pres\u001bident' }),
    ).toEqual(['title: contains U+001B, a control character; remove it']);
    expect(issuesOf(RelationshipRecordSchema, link({ note: 'a\u0000b' }))).toEqual([
      'note: contains U+0000, a control character; remove it',
    ]);
    expect(issuesOf(EntitySchema, person({ note: 'zero\u200bwidth' }))).toEqual([
      'note: contains U+200B, an invisible zero-width character; remove it',
    ]);
    expect(issuesOf(SourceSchema, { id: 'doc', title: 'A\u2067 report', text: 't' })).toEqual([
      'title: contains U+2067, a bidirectional control; remove it',
    ]);
  });

  it('stores names and titles in NFC, trimmed, with single spaces', () => {
    const entity = parsed(EntitySchema, person({ name: '  Cafe\u0301 \t of\n  Pei  ' }));
    expect(entity.name).toBe('Café of Pei');
    const properties = parsed(STRICT_RELATION_PROPERTY_SCHEMAS.HOLDS_POSITION, {
      title: ' Vice   Chairman ',
    });
    expect(properties.title).toBe('Vice Chairman');
  });

  it('keeps the line breaks of a note but trims it', () => {
    const entity = parsed(EntitySchema, person({ note: '\n First line.\r\nSecond  line. \n' }));
    expect(entity.note).toBe('First line.\nSecond  line.');
  });

  it('caps a name at 300 characters', () => {
    expect(WRITE_LIMITS.nameLength).toBe(300);
    expect(issuesOf(EntitySchema, person({ name: 'x'.repeat(300) }))).toEqual([]);
    expect(issuesOf(EntitySchema, person({ name: 'x'.repeat(301) }))).toEqual([
      'name: at most 300 characters',
    ]);
    expect(issuesOf(EntitySchema, person({ name: ' \t ' }))).toEqual(['name: must not be blank']);
  });
});

describe('write limits', () => {
  it('are declared once, as data the server and client can read', () => {
    expect(WriteLimitsSchema.parse(WRITE_LIMITS)).toEqual(WRITE_LIMITS);
    expect(WRITE_LIMITS).toMatchObject({ aliasCount: 50, aliasLength: 200, evidenceCount: 200 });
  });

  it('are the limits the models enforce', () => {
    const evidence = Array.from({ length: WRITE_LIMITS.evidenceCount + 1 }, (_, i) => ({
      ...quote,
      sourceId: `doc-${i}`,
    }));
    expect(issuesOf(EntitySchema, person({ evidence }))).toEqual([
      `evidence: too many evidence quotes: at most ${WRITE_LIMITS.evidenceCount} per record`,
    ]);
    expect(
      issuesOf(EntitySchema, person({ evidence: evidence.slice(0, WRITE_LIMITS.evidenceCount) })),
    ).toEqual([]);
  });
});
