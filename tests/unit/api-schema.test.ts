import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { printSchemaSDL } from '../../server/src/schema/print';

const committed = readFileSync(
  path.resolve(import.meta.dirname, '..', '..', 'server', 'schema.graphql'),
  'utf8',
);

describe('printed SDL', () => {
  it('server/schema.graphql matches the code (run `npm run schema:print` after schema changes)', () => {
    expect(printSchemaSDL()).toBe(committed);
  });

  it('holds the contract types exactly', () => {
    const sdl = printSchemaSDL();
    const block = (name: string) =>
      sdl.match(new RegExp(`\\n(type|interface|enum) ${name} [^{]*\\{[^}]*\\}`))?.[0] ?? '';
    const fields = (name: string) =>
      block(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^\w+(\(.*\))?: /.test(line))
        .sort();
    expect(block('EntityKind')).toMatch(/PERSON\s+PLACE/);
    expect(fields('Entity')).toEqual(
      expect.arrayContaining([
        'aliases: [String!]!',
        'id: ID!',
        'kind: EntityKind!',
        'name: String!',
        'sources: [Evidence!]!',
      ]),
    );
    expect(fields('Evidence')).toEqual(
      expect.arrayContaining(['end: Int!', 'quote: String!', 'sourceId: ID!', 'start: Int!']),
    );
    expect(fields('SearchHit')).toEqual(['entity: Entity!', 'matched: String!', 'score: Float!']);
    expect(fields('Subgraph')).toEqual([
      'edges: [SubgraphEdge!]!',
      'nodes: [SubgraphNode!]!',
      'truncated: Boolean!',
    ]);
    expect(fields('SubgraphNode')).toEqual(
      expect.arrayContaining(['id: ID!', 'kind: EntityKind!', 'name: String!']),
    );
    expect(fields('SubgraphEdge')).toEqual([
      'id: ID!',
      'label: String',
      'source: ID!',
      'target: ID!',
      'type: RelationType!',
    ]);
    expect(fields('Path')).toEqual(['length: Int!', 'nodes: [Entity!]!', 'steps: [PathStep!]!']);
    expect(fields('PathStep')).toEqual(
      expect.arrayContaining([
        'evidence: [Evidence!]!',
        'from: Entity!',
        'sentence: String!',
        'to: Entity!',
        'type: RelationType!',
      ]),
    );
    expect(sdl).toContain(
      'search(first: Int = 10, kinds: [EntityKind!], text: String!): [SearchHit!]!',
    );
    expect(sdl).toContain('node(id: ID!): Entity\n');
    expect(sdl).toContain(
      'neighborhood(depth: Int = 1, id: ID!, kinds: [EntityKind!], limit: Int = 200, relationTypes: [RelationType!]): Subgraph!',
    );
    expect(sdl).toContain(
      'connections(avoid: [ID!], first: Int = 3, from: ID!, maxHops: Int = 4, relationTypes: [RelationType!], to: ID!): [Path!]!',
    );
    expect(sdl).toContain(
      'affiliations(id: ID!, peopleLimit: Int = 500, transitive: Boolean = true): Affiliations!',
    );
    for (const type of ['Person', 'Institution', 'Industry', 'Event', 'Place']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Entity`));
    }
  });
});
