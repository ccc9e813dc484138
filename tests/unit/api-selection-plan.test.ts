import { describe, expect, it } from '@jest/globals';
import {
  type GraphQLResolveInfo,
  getNamedType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { schema } from '../../server/src/schema';
import { isSelected, planEntitiesAt } from '../../server/src/selection/plan-selection';

/** The resolve info of the first root field of an operation: what the planner reads. */
function infoOf(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const field = operation.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD) throw new Error('a root field first');
  const definition = schema.getQueryType()!.getFields()[field.name.value]!;
  return {
    schema,
    fragments,
    variableValues: variables,
    fieldNodes: [field],
    returnType: definition.type,
  } as unknown as GraphQLResolveInfo;
}

const summary = (plan: ReturnType<typeof planEntitiesAt>): unknown =>
  plan.relations.map((relation) => ({
    field: relation.spec.name,
    window: relation.window,
    node: summary(relation.node),
    evidenceSources: relation.evidenceSources,
  }));

describe('the selection planner', () => {
  it('follows inline fragments, named fragments and aliases, one plan per page asked for', () => {
    const info = infoOf(/* GraphQL */ `
      fragment Offices on Person {
        positions(first: 2) {
          edges {
            evidence {
              source {
                text
              }
            }
            node {
              parent {
                name
              }
            }
          }
        }
      }
      {
        node(id: "x") {
          ...Offices
          ... on Person {
            again: positions(first: 2) {
              totalCount
            }
            more: positions(first: 3) {
              totalCount
            }
          }
          ... on Institution {
            members {
              totalCount
            }
          }
        }
      }
    `);
    // One plan per possible type of the node, in the schema's order of them.
    expect(summary(planEntitiesAt(info, []))).toEqual([
      {
        field: 'Institution.members',
        window: { offset: 0, limit: 20 },
        node: [],
        evidenceSources: null,
      },
      {
        field: 'Person.positions',
        window: { offset: 0, limit: 2 },
        node: [
          {
            field: 'Institution.parent',
            window: { offset: 0, limit: 1 },
            node: [],
            evidenceSources: null,
          },
        ],
        evidenceSources: { text: true },
      },
      {
        field: 'Person.positions',
        window: { offset: 0, limit: 3 },
        node: [],
        evidenceSources: null,
      },
    ]);
  });

  it('honours @skip and @include with their variables', () => {
    const info = infoOf(
      `query ($no: Boolean!) { node(id: "x") { ... on Person {
         positions @include(if: $no) { totalCount } events @skip(if: $no) { totalCount } } } }`,
      { no: false },
    );
    expect(summary(planEntitiesAt(info, []))).toEqual([
      { field: 'Person.events', window: { offset: 0, limit: 20 }, node: [], evidenceSources: null },
    ]);
  });

  it('reads page arguments from variables, and leaves a refused page to its own resolver', () => {
    const info = infoOf(
      `query ($n: Int) { node(id: "x") { ... on Person { positions(first: $n) { totalCount }
         memberships(first: 5000) { totalCount } } } }`,
      { n: 7 },
    );
    expect(summary(planEntitiesAt(info, []))).toEqual([
      {
        field: 'Person.positions',
        window: { offset: 0, limit: 7 },
        node: [],
        evidenceSources: null,
      },
    ]);
  });

  it('finds entities below a path and says what is selected', () => {
    const info = infoOf(
      `{ people(first: 2) { edges { node { memberships { totalCount } sources { source { title } } } } } }`,
    );
    const plan = planEntitiesAt(info, ['edges', 'node']);
    expect(summary(plan)).toEqual([
      {
        field: 'Person.memberships',
        window: { offset: 0, limit: 20 },
        node: [],
        evidenceSources: null,
      },
    ]);
    expect(plan.sources).toEqual({ text: false });
    expect(isSelected(info, ['totalCount'])).toBe(false);
    expect(isSelected(info, ['edges'])).toBe(true);
    expect(getNamedType(info.returnType).name).toBe('QueryPeopleConnection');
  });
});
