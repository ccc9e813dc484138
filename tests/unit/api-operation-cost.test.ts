import { describe, expect, it } from '@jest/globals';
import { getOperationAST, Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { operationCost } from '../../server/src/plugins/operation-cost';
import { schema } from '../../server/src/schema';

function cost(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return operationCost(schema, getOperationAST(parsed)!, fragments, variables);
}

describe('operation cost', () => {
  it('counts each field once when nothing fans out', () => {
    expect(cost('{ node(id: "a") { id name } }')).toBe(3);
  });

  it('multiplies what sits under a page by its size, default page sizes included', () => {
    const small = cost('{ people(first: 10) { edges { node { id } } } }');
    const large = cost('{ people(first: 100) { edges { node { id } } } }');
    expect(large).toBe(1 + 100 * ((small - 1) / 10));
    expect(cost('{ people { edges { node { id } } } }')).toBe(1 + 20 * ((small - 1) / 10));
  });

  it('reads page sizes from variables and follows fragments and inline fragments', () => {
    const withVariable = cost(
      'query ($n: Int) { people(first: $n) { ...P } } fragment P on QueryPeopleConnection { edges { node { id } } }',
      { n: 50 },
    );
    expect(withVariable).toBe(cost('{ people(first: 50) { edges { node { id } } } }'));
    const nested = cost(
      '{ node(id: "a") { ... on Institution { members(first: 100) { edges { node { positions(first: 100) { edges { node { id } } } } } } } } }',
    );
    expect(nested).toBeGreaterThan(100 * 100);
  });
});
