import { describe, expect, it } from '@jest/globals';
import { API_LIMITS } from '@guanxi/graph-schema';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { schema } from '../../server/src/schema';

const cost = (document: string, variables: Record<string, unknown> = {}): number =>
  complexityFromQuery(document, { schema, variables }).complexity;

describe('operation cost', () => {
  it('counts each field once when nothing fans out', () => {
    expect(cost('{ node(id: "a") { id name } }')).toBe(3);
    expect(cost('{ node(id: "a") { id sources { quote } } }')).toBe(4);
  });

  it('multiplies what sits under a page by its size, the default page size included', () => {
    // people + first × (edges + node + id)
    expect(cost('{ people(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 3);
    expect(cost('{ people(first: 100) { edges { node { id } } } }')).toBe(1 + 100 * 3);
    expect(cost('{ people { edges { node { id } } } }')).toBe(1 + API_LIMITS.page.default * 3);
  });

  it('multiplies by `limit` and by schema defaults of `first` and `limit`', () => {
    expect(cost('{ neighborhood(id: "a", limit: 50) { nodes { id } } }')).toBe(1 + 50 * 2);
    expect(cost('{ neighborhood(id: "a") { nodes { id } } }')).toBe(
      1 + API_LIMITS.neighborhood.nodes.default * 2,
    );
    expect(cost('{ search(text: "a") { score } }')).toBe(1 + API_LIMITS.search.default);
  });

  it('reads page sizes from variables and follows fragments and inline fragments', () => {
    const withVariable = cost(
      'query ($n: Int) { people(first: $n) { ...P } } fragment P on QueryPeopleConnection { edges { node { id } } }',
      { n: 50 },
    );
    expect(withVariable).toBe(1 + 50 * 3);
    const nested = cost(
      '{ node(id: "a") { ... on Institution { members(first: 100) { edges { node { positions(first: 100) { edges { node { id } } } } } } } } }',
    );
    // node + members × (edges + node + positions × (edges + node + id))
    expect(nested).toBe(1 + 1 + 100 * (1 + 1 + 1 + 100 * 3));
  });
});
