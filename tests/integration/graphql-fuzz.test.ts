import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { API_ERROR_CODES } from '@guanxi/graph-schema';
import { type ApiToken, createGuanxiYoga, createLogger } from '@guanxi/server';
import { offsetToCursor } from '@pothos/plugin-relay';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/*
 * Random operations built from the printed SDL, with random and hostile variables, through the
 * real yoga against the seeded article graph. Whatever is sent, the answer is never a 5xx or an
 * INTERNAL_SERVER_ERROR, never shows anything internal, and every error carries a documented
 * code. `npm run fuzz -- --runs N` runs it long (tests/fuzz/run.ts); mutations only with
 * `--writes` (GUANXI_FUZZ_WRITES=yes), then with a write token on this file's fresh database.
 */
const RUNS = Number(process.env.GUANXI_FUZZ_RUNS ?? 250);
const SEED = process.env.GUANXI_FUZZ_SEED ? Number(process.env.GUANXI_FUZZ_SEED) : undefined;
const WRITES = process.env.GUANXI_FUZZ_WRITES === 'yes';
const WRITE_TOKEN: ApiToken = { token: 'fuzz-write-token', label: 'fuzz', scope: 'write' };

const schema = buildSchema(
  readFileSync(path.join(import.meta.dirname, '../../server/schema.graphql'), 'utf8'),
);

const ALLOWED_CODES = new Set<string>([
  ...API_ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
]);

const IDS = [
  'pei-gang',
  'li-ruxin',
  'ufwd-cpc-shanghai-committee',
  'chinese-academy-of-sciences',
  'symposium-chinese-scholars-shanghai-development-13',
  'nobody',
];

const hostileString = fc.oneof(
  fc.constantFrom(...IDS),
  fc.constantFrom('\ud800', 'a\udfffb', '\u0000', '💥', '名字', '', ' ', '\\', '"'),
  fc.constantFrom('name:* AND pei~', 'pei OR (gang', '+-&&||!(){}[]^"~*?:\\/', 'a*?', '/re.*/'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('x'.repeat(10_000), 'pei '.repeat(3_000)),
  fc
    .constantFrom(0, 1, 19, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER - 1)
    .map((offset) => offsetToCursor(offset)),
);

const hostileNumber = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 1e308, -1e308, 1.5, 1e-9),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, for the times a variable is given the wrong type entirely. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 2 }),
);

type Gen = fc.GeneratorValue;

/** One of `items`, drawn by index: fast-check compares generator arguments, and schema objects are cyclic. */
const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, items.length - 1)]!;

/** A value for an input type: mostly of the right shape, sometimes hostile or of another type. */
function inputValue(g: Gen, type: GraphQLInputType, depth = 0): unknown {
  if (g(fc.integer, { min: 0, max: 15 }) === 0) return g(() => anyJson);
  if (isNonNullType(type)) return inputValue(g, type.ofType, depth);
  if (g(fc.integer, { min: 0, max: 12 }) === 0) return null;
  if (isListType(type)) {
    const length = g(fc.integer, { min: 0, max: depth > 1 ? 1 : 4 });
    return Array.from({ length }, () => inputValue(g, type.ofType, depth + 1));
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return g(() => fc.oneof(fc.constantFrom(...names), hostileString));
  }
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || g(fc.boolean)) {
        object[field.name] = inputValue(g, field.type, depth + 1);
      }
    }
    return object;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return g(() => hostileNumber);
      case 'Boolean':
        return g(fc.boolean);
      default:
        return g(() => hostileString);
    }
  }
  return g(() => anyJson);
}

/** A GraphQL literal for a scalar or enum value; undefined when none fits. */
function literal(g: Gen, type: GraphQLInputType): string | undefined {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return undefined;
  if (isEnumType(named)) return pick(g, named.getValues()).name;
  if (named.name === 'Int') return String(g(fc.integer, { min: -3, max: 2 ** 31 }));
  if (named.name === 'Boolean') return String(g(fc.boolean));
  if (named.name === 'String' || named.name === 'ID') {
    // JSON strings are GraphQL strings, except that lone surrogates fail to parse, as they should.
    return JSON.stringify(g(() => hostileString).slice(0, 300));
  }
  return undefined;
}

interface Built {
  variables: Record<string, unknown>;
  definitions: string[];
}

function argumentsOf(g: Gen, args: readonly GraphQLArgument[], built: Built): string {
  const written: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && g(fc.integer, { min: 0, max: 2 }) === 0) continue;
    const asLiteral = g(fc.boolean) ? literal(g, arg.type) : undefined;
    if (asLiteral !== undefined) {
      written.push(`${arg.name}: ${asLiteral}`);
      continue;
    }
    const name = `v${built.definitions.length}`;
    built.definitions.push(`$${name}: ${String(arg.type)}`);
    // Sometimes a variable is declared and not given: required ones must then be refused.
    if (g(fc.integer, { min: 0, max: 20 }) > 0) built.variables[name] = inputValue(g, arg.type);
    written.push(`${arg.name}: $${name}`);
  }
  return written.length ? `(${written.join(', ')})` : '';
}

function selectionOf(g: Gen, type: GraphQLNamedType, depth: number, built: Built): string {
  if (isLeafType(type)) return '';
  const objectTypes: GraphQLObjectType[] = isInterfaceType(type)
    ? [...schema.getPossibleTypes(type)]
    : isObjectType(type)
      ? [type]
      : [];
  const fields = Object.values(
    isInterfaceType(type) || isObjectType(type) ? type.getFields() : {},
  ) as GraphQLField<unknown, unknown>[];
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
  const parts: string[] = [leaves.length ? pick(g, leaves).name : '__typename'];
  const count = depth >= 4 ? 0 : g(fc.integer, { min: 0, max: 2 });
  for (let i = 0; i < count; i += 1) parts.push(fieldOf(g, pick(g, fields), depth, built));
  if (objectTypes.length > 1 && depth < 4 && g(fc.boolean)) {
    const concrete = pick(g, objectTypes);
    const own = Object.values(concrete.getFields());
    parts.push(`... on ${concrete.name} { ${fieldOf(g, pick(g, own), depth, built)} }`);
  }
  return `{ ${parts.join(' ')} }`;
}

function fieldOf(
  g: Gen,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  built: Built,
): string {
  const alias = g(fc.integer, { min: 0, max: 6 }) === 0 ? `a${g(fc.nat, 99)}: ` : '';
  const args = argumentsOf(g, field.args, built);
  const named = getNamedType(field.type);
  return `${alias}${field.name}${args} ${selectionOf(g, named, depth + 1, built)}`;
}

const operationArbitrary = fc.gen().map((g) => {
  const kind = WRITES && g(fc.integer, { min: 0, max: 3 }) === 0 ? 'mutation' : 'query';
  const root = kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const built: Built = { variables: {}, definitions: [] };
  const roots = Object.values(root.getFields());
  const count = g(fc.integer, { min: 1, max: 2 });
  const fields = Array.from({ length: count }, () => fieldOf(g, pick(g, roots), 0, built));
  const signature = built.definitions.length ? `(${built.definitions.join(', ')})` : '';
  return {
    document: `${kind} Fuzz${signature} { ${fields.join(' ')} }`,
    variables: built.variables,
  };
});

let db: TestDatabase;
let send: (document: string, variables: Record<string, unknown>) => Promise<[number, string]>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  const yoga = createGuanxiYoga({
    executor: db.executor,
    logger: createLogger(process.env.GUANXI_TEST_LOG ?? 'silent'),
    tokens: WRITES ? [WRITE_TOKEN] : [],
  });
  send = async (document, variables) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(WRITES ? { authorization: `Bearer ${WRITE_TOKEN.token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    });
    return [response.status, await response.text()];
  };
}, 60_000);
afterAll(() => db.close());

/** What must never reach a client: stack frames, Cypher, driver internals, paths, secrets. */
function internalText(body: string): string | undefined {
  const patterns = [
    /\bat .+\.(ts|js):\d+/,
    /\b(MATCH|RETURN|UNWIND|OPTIONAL MATCH|DETACH)\b/,
    /Neo\.(Client|Database|Transient)Error|neo4j-driver|Neo4jError/,
    /\/(work|home|tmp|usr)\/[\w.-]+\//,
    /node_modules/,
  ];
  const found = patterns.find((pattern) => pattern.test(body));
  if (found) return String(found);
  if (db.connection.password && body.includes(db.connection.password)) return 'the password';
  return undefined;
}

it(
  `${RUNS} random operations with hostile variables: no 5xx, nothing internal, documented codes`,
  async () => {
    await fc.assert(
      fc.asyncProperty(operationArbitrary, async ({ document, variables }) => {
        const [status, text] = await send(document, variables);
        expect(status).toBeLessThan(500);
        expect(internalText(text)).toBeUndefined();
        const body = JSON.parse(text) as {
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          expect(ALLOWED_CODES.has(error.extensions?.code ?? `(none: ${error.message})`)).toBe(
            true,
          );
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  },
  Math.max(60_000, RUNS * 500),
);
