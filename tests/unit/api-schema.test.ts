import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { API_LIMITS } from '@guanxi/graph-schema';
import { printSchemaSDL } from '../../server/src/schema/print';

const committed = readFileSync(
  path.resolve(import.meta.dirname, '..', '..', 'server', 'schema.graphql'),
  'utf8',
);

const sdl = printSchemaSDL();

/** The printed block of a type, interface or enum. */
const block = (name: string): string =>
  sdl.match(new RegExp(`\\n(type|interface|enum) ${name} [^{]*\\{[^}]*\\}`))?.[0] ?? '';

/** A type's field lines, descriptions left out, sorted as the printer sorts them. */
const fields = (name: string): string[] =>
  block(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\w+(\(.*\))?: /.test(line));

const enumValues = (name: string): string[] =>
  block(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));

/** The description printed above a root field. */
const descriptionOf = (field: string): string =>
  sdl.match(new RegExp(`"""\\s*([^"]*?)\\s*"""\\s*${field}\\(`))?.[1] ?? '';

describe('printed SDL', () => {
  it('server/schema.graphql matches the code (run `npm run schema:print` after schema changes)', () => {
    expect(sdl).toBe(committed);
  });

  it('holds the contract types exactly', () => {
    expect(enumValues('EntityKind')).toEqual([
      'EVENT',
      'INDUSTRY',
      'INSTITUTION',
      'PERSON',
      'PLACE',
    ]);
    expect(fields('Entity')).toEqual([
      'aliases: [String!]!',
      'curatorAliases: [String!]!',
      'id: ID!',
      'kind: EntityKind!',
      'name: String!',
      'note: String',
      'scores: EntityScores',
      'sources: [Evidence!]!',
    ]);
    expect(fields('Evidence')).toEqual([
      'end: Int!',
      'quote: String!',
      'source: Source!',
      'sourceId: ID!',
      'start: Int!',
    ]);
    expect(fields('SearchHit')).toEqual(['entity: Entity!', 'matched: String!', 'score: Float!']);
    expect(fields('Subgraph')).toEqual([
      'edges: [SubgraphEdge!]!',
      'nodes: [SubgraphNode!]!',
      'truncated: Boolean!',
    ]);
    expect(fields('SubgraphNode')).toEqual([
      'entity: Entity!',
      'id: ID!',
      'kind: EntityKind!',
      'name: String!',
    ]);
    expect(fields('SubgraphEdge')).toEqual([
      'evidence: [Evidence!]!',
      'id: ID!',
      'label: String',
      'source: ID!',
      'target: ID!',
      'time: RelationTime!',
      'type: RelationType!',
    ]);
    expect(fields('Path')).toEqual(['length: Int!', 'nodes: [Entity!]!', 'steps: [PathStep!]!']);
    expect(fields('PathStep')).toEqual([
      'evidence: [Evidence!]!',
      'from: Entity!',
      'label: String!',
      'relationshipId: ID!',
      'sentence: String!',
      'time: RelationTime!',
      'to: Entity!',
      'type: RelationType!',
    ]);
    expect(sdl).toContain(
      'search(first: Int = 10, kinds: [EntityKind!], text: String!): [SearchHit!]!',
    );
    expect(sdl).toContain('node(id: ID!): Entity\n');
    // Arguments with descriptions print over several lines: compare them without the prose.
    const signatures = sdl.replace(/\s*"""[\s\S]*?"""/g, '').replace(/\s*\n\s*/g, ' ');
    expect(signatures).toContain(
      'neighborhood( asOf: Date depth: Int = 1 id: ID! kinds: [EntityKind!] limit: Int = 200 relationTypes: [RelationType!] strictDates: Boolean = false ): Subgraph!',
    );
    expect(signatures).toContain(
      'connections( asOf: Date avoid: [ID!] first: Int = 3 from: ID! maxHops: Int = 4 relationTypes: [RelationType!] strictDates: Boolean = false to: ID! ): [Path!]!',
    );
    expect(signatures).toContain(
      'affiliations( asOf: Date id: ID! peopleLimit: Int = 500 strictDates: Boolean = false transitive: Boolean = true ): Affiliations!',
    );
    expect(signatures).toContain(
      'overview( asOf: Date limit: Int = 200 strictDates: Boolean = false ): Overview!',
    );
    expect(signatures).toContain(
      'people( after: String asOf: Date before: String first: Int last: Int orderBy: EntityOrder strictDates: Boolean = false where: EntityFilter ): QueryPeopleConnection!',
    );
    expect(sdl).toContain('relationships(ids: [ID!]!): [SubgraphEdge!]!');
    const implementers = [...sdl.matchAll(/\ntype (\w+) implements Entity\b/g)].map((m) => m[1]);
    expect(implementers.sort()).toEqual(['Event', 'Industry', 'Institution', 'Person', 'Place']);
  });

  it('describes the limits of the API contract, not copies of them', () => {
    const { search, connections, neighborhood, overview, affiliations } = API_LIMITS;
    expect(descriptionOf('search')).toContain(`its first ${search.maxChars} characters`);
    expect(descriptionOf('search')).toContain(`At most ${search.max} hits`);
    expect(descriptionOf('connections')).toContain(
      `distinct ones (at most ${connections.paths.max}), within \`maxHops\` (at most ${connections.hops.max})`,
    );
    expect(descriptionOf('neighborhood')).toContain(
      `\`depth\` hops (at most ${neighborhood.depth.max})`,
    );
    expect(descriptionOf('neighborhood')).toContain(
      `\`limit\` nodes (at most ${neighborhood.nodes.max})`,
    );
    expect(descriptionOf('overview')).toContain(
      `\`limit\` entities (at most ${overview.nodes.max})`,
    );
    expect(descriptionOf('affiliations')).toContain(
      `\`peopleLimit\` (at most ${affiliations.people.max})`,
    );
  });
});
