import { describe, expect, it } from '@jest/globals';
import {
  type GraphQLInterfaceType,
  type GraphQLResolveInfo,
  getNamedType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { schema } from '../../server/src/schema';
import { propertiesForFields } from '../../server/src/selection/entity-properties';
import { isSelected, planEntitiesAt } from '../../server/src/selection/plan-selection';
import { relationExtensionOf } from '../../server/src/selection/relation-extension';

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

describe('what the planner reads of each entity', () => {
  const propertiesOf = (plan: ReturnType<typeof planEntitiesAt>) =>
    plan.properties === 'all' ? 'all' : [...plan.properties].sort();

  it('reads the stored properties of the fields selected, through fragments, and the edges’ quotes only when asked', () => {
    const info = infoOf(/* GraphQL */ `
      fragment Named on Entity {
        aliases
      }
      {
        node(id: "x") {
          name
          ...Named
          ... on Person {
            positions {
              edges {
                title
                node {
                  name
                  sources {
                    quote
                  }
                }
              }
            }
            memberships {
              edges {
                evidence {
                  quote
                }
                node {
                  id
                }
              }
            }
          }
        }
      }
    `);
    const plan = planEntitiesAt(info, []);
    expect(propertiesOf(plan)).toEqual(['aliases', 'id', 'kind', 'method', 'name']);
    const [positions, memberships] = plan.relations;
    expect(positions!.evidence).toBe(false);
    expect(propertiesOf(positions!.node)).toEqual([
      'evidenceEnds',
      'evidenceQuotes',
      'evidenceSourceIds',
      'evidenceStarts',
      'id',
      'kind',
      'method',
      'name',
    ]);
    expect(memberships!.evidence).toBe(true);
    expect(propertiesOf(memberships!.node)).toEqual(['id', 'kind', 'method', 'name']);
  });

  it('knows what every field of every entity type reads, and reads everything for a field it does not know', () => {
    const entityTypes = schema.getPossibleTypes(schema.getType('Entity') as GraphQLInterfaceType);
    const unmapped = entityTypes.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !relationExtensionOf(field.extensions))
        .filter((field) => propertiesForFields([field.name]) === 'all')
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(unmapped).toEqual([]);
    expect(propertiesForFields(['name', 'aFieldAddedLater'])).toBe('all');
  });
});
