import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

const PAGE = 50;

/** What the panel shows of every relationship, whichever field it comes from. */
const RelationshipEdgeFields = graphql(`
  fragment RelationshipEdgeFields on RelationshipEdge @_unmask {
    relationshipId
    type
    label
    evidence {
      sourceId
      quote
      start
      end
    }
    node {
      id
      kind
      name
    }
  }
`);

/**
 * One entity with everything the details panel shows. Relationship fields differ per kind;
 * each returns the same edge shape, which the panel groups by relationship type.
 */
const EntityDetailsQuery = graphql(
  `
    query EntityDetails($id: ID!, $first: Int) {
      node(id: $id) {
        __typename
        id
        kind
        name
        aliases
        curatorAliases
        note
        sources {
          sourceId
          quote
          start
          end
        }
        ... on Person {
          honorific
          positions(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          memberships(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          events(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
        }
        ... on Institution {
          institutionKind
          members(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          children(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          organized: events(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          priorities(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          parent {
            id
            kind
            name
          }
          location {
            id
            kind
            name
          }
        }
        ... on Event {
          date
          edition
          theme
          participants(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          organizers(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          places(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          parts(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          partOf {
            id
            kind
            name
          }
        }
        ... on Industry {
          prioritizedBy(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
        }
        ... on Place {
          placeKind
          within {
            id
            kind
            name
          }
          contains(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          placeEvents: events(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
          placePriorities: priorities(first: $first) {
            totalCount
            edges {
              ...RelationshipEdgeFields
            }
          }
        }
      }
    }
  `,
  [RelationshipEdgeFields],
);

type DetailsNode = NonNullable<ResultOf<typeof EntityDetailsQuery>['node']>;

export interface EvidenceQuote {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface RelationEntry {
  id: string;
  type: RelationType;
  label: string;
  other: EntityRef;
  evidence: EvidenceQuote[];
}

export interface RelationGroup {
  type: RelationType;
  entries: RelationEntry[];
  /** How many exist in all, which may exceed the entries loaded. */
  total: number;
}

export interface EntityDetails {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Names a curator added that no source uses: shown apart, never as a quote. */
  curatorAliases: string[];
  note: string | null;
  sources: EvidenceQuote[];
  properties: { label: string; value: string }[];
  /** Single links without an edge of their own: parent body, location, larger event. */
  links: { label: string; entity: EntityRef }[];
  groups: RelationGroup[];
  /** Relationships beyond the loaded page that no single group can claim. */
  unlisted: number;
}

interface Connection {
  totalCount: number;
  edges: {
    relationshipId: string;
    type: RelationType;
    label: string;
    evidence: EvidenceQuote[];
    node: EntityRef;
  }[];
}

function connectionsOf(node: DetailsNode): Connection[] {
  switch (node.__typename) {
    case 'Person':
      return [node.positions, node.memberships, node.events];
    case 'Institution':
      return [node.members, node.children, node.organized, node.priorities];
    case 'Event':
      return [node.participants, node.organizers, node.places, node.parts];
    case 'Industry':
      return [node.prioritizedBy];
    case 'Place':
      return [node.contains, node.placeEvents, node.placePriorities];
    default:
      return [];
  }
}

function propertiesOf(node: DetailsNode): EntityDetails['properties'] {
  const rows: [string, string | number | null | undefined][] =
    node.__typename === 'Person'
      ? [['Honorific', node.honorific]]
      : node.__typename === 'Institution'
        ? [['Type of body', node.institutionKind.toLowerCase().replace(/_/g, ' ')]]
        : node.__typename === 'Event'
          ? [
              ['Date', node.date],
              ['Edition', node.edition],
              ['Theme', node.theme],
            ]
          : node.__typename === 'Place'
            ? [['Type of place', node.placeKind?.toLowerCase()]]
            : [];
  return rows.flatMap(([label, value]) =>
    value === null || value === undefined || value === '' ? [] : [{ label, value: String(value) }],
  );
}

function linksOf(node: DetailsNode): EntityDetails['links'] {
  const links: [string, EntityRef | null][] =
    node.__typename === 'Institution'
      ? [
          ['Part of', node.parent],
          ['Located in', node.location],
        ]
      : node.__typename === 'Event'
        ? [['Part of', node.partOf]]
        : node.__typename === 'Place'
          ? [['Within', node.within]]
          : [];
  return links.flatMap(([label, entity]) => (entity ? [{ label, entity }] : []));
}

/**
 * Flattens every relationship field into groups by relationship type. A field's total covers
 * what was not loaded; it belongs to one group when the field has one type, and is reported as
 * unlisted otherwise (members are office holders and members alike).
 */
function groupRelations(node: DetailsNode): Pick<EntityDetails, 'groups' | 'unlisted'> {
  const groups = new Map<RelationType, RelationGroup>();
  let unlisted = 0;
  for (const connection of connectionsOf(node)) {
    for (const edge of connection.edges) {
      const group = groups.get(edge.type) ?? { type: edge.type, entries: [], total: 0 };
      group.entries.push({
        id: edge.relationshipId,
        type: edge.type,
        label: edge.label,
        other: edge.node,
        evidence: edge.evidence,
      });
      group.total += 1;
      groups.set(edge.type, group);
    }
    const rest = connection.totalCount - connection.edges.length;
    const types = new Set(connection.edges.map((edge) => edge.type));
    const [only] = types;
    const group = only && types.size === 1 ? groups.get(only) : undefined;
    if (group) group.total += rest;
    else unlisted += rest;
  }
  return { groups: [...groups.values()], unlisted };
}

function selectDetails({ node }: ResultOf<typeof EntityDetailsQuery>): EntityDetails | null {
  if (!node) return null;
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    aliases: node.aliases,
    curatorAliases: node.curatorAliases,
    note: node.note ?? null,
    sources: node.sources,
    properties: propertiesOf(node),
    links: linksOf(node),
    ...groupRelations(node),
  };
}

/** The details panel and the edge panel ask the same question; the cache answers the second. */
export const useEntityDetails = (id: string) =>
  useApiQuery(EntityDetailsQuery, { id, first: PAGE }, selectDetails);
