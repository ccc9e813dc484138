import type { RelationType } from '@guanxi/graph-schema';
import { byCodeUnits, type ComparedOperation } from './compared-operation';

/** The explorer's node limit (the API's default); the subject's neighbourhood must fit under it. */
const LIMIT = 200;

interface Neighbourhood {
  nodes: { id: string; name: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

interface GuanxiData {
  neighborhood: Neighbourhood & { truncated: boolean };
}
interface Named {
  id: string;
  name: string;
}
type PeerTies<Node> = { edges: { properties: { id: string }; node: Node }[] };
interface PeerInstitution extends Named {
  officeHoldersConnection: PeerTies<Named>;
  membersConnection: PeerTies<Named>;
}
interface PeerData {
  people: (Named & {
    positionsConnection: PeerTies<PeerInstitution>;
    membershipsConnection: PeerTies<PeerInstitution>;
  })[];
}

const HOLDS_POSITION: RelationType = 'HOLDS_POSITION';
const MEMBER_OF: RelationType = 'MEMBER_OF';

const sortedById = <T extends { id: string }>(items: Iterable<T>): T[] =>
  [...items].sort((a, b) => byCodeUnits(a.id, b.id));

export const GUANXI_NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!) {
    neighborhood(
      id: $id
      depth: 2
      limit: ${LIMIT}
      kinds: [PERSON, INSTITUTION]
      relationTypes: [${HOLDS_POSITION}, ${MEMBER_OF}]
    ) {
      truncated
      nodes {
        id
        name
      }
      edges {
        id
        source
        target
        type
      }
    }
  }
`;

/** Guanxi's answer in the compared shape; throws when `limit` cut it (the peer's is never cut). */
export function neighbourhoodOfGuanxi(data: unknown): Neighbourhood {
  const { truncated, nodes, edges } = (data as GuanxiData).neighborhood;
  if (truncated) throw new Error('the neighbourhood was cut by its limit: pick another person');
  return {
    nodes: sortedById(nodes.map(({ id, name }) => ({ id, name }))),
    edges: sortedById(edges.map(({ id, source, target, type }) => ({ id, source, target, type }))),
  };
}

/**
 * Depth 2 around a person over offices and memberships: the bodies they hold office in or belong
 * to, and everyone who holds office in or belongs to those bodies. Guanxi asks its `neighborhood`
 * (rings of nodes, then every relationship among them); the peer, which has no such field, walks
 * the same two hops as nested connections. Compared: the set of nodes (id, name) and of
 * relationships (id, ends, type).
 */
export const neighbourhood = (personId: string): ComparedOperation<Neighbourhood> => ({
  name: 'depth-2 neighbourhood',
  compared: `person "${personId}": nodes (id, name) and relationships (id, ends, type) within 2 hops over HOLDS_POSITION and MEMBER_OF (Guanxi: neighborhood(depth: 2); peer: person → bodies → their people as nested connections)`,
  guanxi: { query: GUANXI_NEIGHBOURHOOD, variables: { id: personId } },
  peer: {
    query: /* GraphQL */ `
      query Neighbourhood($id: ID!) {
        people(where: { id: { eq: $id } }) {
          id
          name
          positionsConnection {
            edges {
              properties {
                id
              }
              node {
                ...Bodies
              }
            }
          }
          membershipsConnection {
            edges {
              properties {
                id
              }
              node {
                ...Bodies
              }
            }
          }
        }
      }

      fragment Bodies on Institution {
        id
        name
        officeHoldersConnection {
          edges {
            properties {
              id
            }
            node {
              id
              name
            }
          }
        }
        membersConnection {
          edges {
            properties {
              id
            }
            node {
              id
              name
            }
          }
        }
      }
    `,
    variables: { id: personId },
  },
  fromGuanxi: neighbourhoodOfGuanxi,
  fromPeer: (data) => {
    const [person] = (data as PeerData).people;
    if (!person) throw new Error(`the peer has no person "${personId}"`);
    const nodes = new Map<string, Named>([[person.id, { id: person.id, name: person.name }]]);
    const edges = new Map<string, Neighbourhood['edges'][number]>();
    const tie = (id: string, source: string, target: string, type: RelationType) =>
      edges.set(id, { id, source, target, type });
    const ring = (ties: PeerTies<PeerInstitution>, type: RelationType) => {
      for (const { properties, node: body } of ties.edges) {
        nodes.set(body.id, { id: body.id, name: body.name });
        tie(properties.id, person.id, body.id, type);
        for (const [people, peopleType] of [
          [body.officeHoldersConnection, HOLDS_POSITION],
          [body.membersConnection, MEMBER_OF],
        ] as const) {
          for (const { properties: held, node: other } of people.edges) {
            nodes.set(other.id, { id: other.id, name: other.name });
            tie(held.id, other.id, body.id, peopleType);
          }
        }
      }
    };
    ring(person.positionsConnection, HOLDS_POSITION);
    ring(person.membershipsConnection, MEMBER_OF);
    return { nodes: sortedById(nodes.values()), edges: sortedById(edges.values()) };
  },
});
