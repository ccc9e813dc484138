import { NESTED_OPERATION } from '../../tests/helpers/nested-operation';
import { byCodeUnits, type ComparedOperation } from './compared-operation';

const PAGE = 100;

interface Office {
  title: string | null;
  quotes: string[];
  institution: string;
  institutionKind: string;
  parent: string | null;
}
interface InstitutionMembers {
  name: string;
  total: number;
  members: { title: string | null; name: string; offices: Office[] }[];
}

interface GuanxiData {
  node: {
    name: string;
    members: {
      totalCount: number;
      edges: {
        title: string | null;
        node: {
          name: string;
          positions: {
            edges: {
              title: string | null;
              evidence: { quote: string }[];
              node: { name: string; institutionKind: string; parent: { name: string } | null };
            }[];
          };
        };
      }[];
    };
  };
}
interface PeerTies {
  totalCount: number;
  edges: {
    properties: { id: string; title: string | null };
    node: {
      name: string;
      positionsConnection: {
        edges: {
          properties: { title: string | null; evidenceQuotes: string[] | null };
          node: { name: string; kind: string | null; parent: { name: string } | null };
        }[];
      };
    };
  }[];
}
interface PeerData {
  institutions: { name: string; officeHoldersConnection: PeerTies; membersConnection: PeerTies }[];
}

/** Guanxi's enum value for a stored kind: `government-body` → `GOVERNMENT_BODY`; none is OTHER. */
const kindAsEnum = (stored: string | null) => (stored ?? 'other').toUpperCase().replace(/-/g, '_');

/**
 * The nested operation of the round-trip test. Guanxi's `members` is offices and memberships in
 * one list; the peer has a field per relationship type, so it is asked for the first 100 of each
 * and the two are merged in the same order (person name, relationship id) and cut to 100.
 */
export const institutionMembers = (
  institutionId: string,
): ComparedOperation<InstitutionMembers> => ({
  name: 'institution members',
  compared: `institution "${institutionId}": its first ${PAGE} office holders and members (by name, then relationship id) with title and total, each person's first 10 offices with title, evidence quotes, body, kind and parent body (peer: first ${PAGE} of each type, merged and cut to ${PAGE} by the bench)`,
  guanxi: { query: NESTED_OPERATION, variables: { id: institutionId } },
  peer: {
    query: /* GraphQL */ `
      query Nested($id: ID!) {
        institutions(where: { id: { eq: $id } }) {
          name
          officeHoldersConnection(first: ${PAGE}, sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]) {
            totalCount
            edges {
              properties {
                id
                title
              }
              node {
                ...Offices
              }
            }
          }
          membersConnection(first: ${PAGE}, sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]) {
            totalCount
            edges {
              properties {
                id
                title
              }
              node {
                ...Offices
              }
            }
          }
        }
      }

      fragment Offices on Person {
        name
        positionsConnection(first: 10, sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]) {
          edges {
            properties {
              title
              evidenceQuotes
            }
            node {
              name
              kind
              parent {
                name
              }
            }
          }
        }
      }
    `,
    variables: { id: institutionId },
  },
  fromGuanxi: (data) => {
    const { node } = data as GuanxiData;
    return {
      name: node.name,
      total: node.members.totalCount,
      members: node.members.edges.map((edge) => ({
        title: edge.title,
        name: edge.node.name,
        offices: edge.node.positions.edges.map((office) => ({
          title: office.title,
          quotes: office.evidence.map((evidence) => evidence.quote),
          institution: office.node.name,
          institutionKind: office.node.institutionKind,
          parent: office.node.parent?.name ?? null,
        })),
      })),
    };
  },
  fromPeer: (data) => {
    const [institution] = (data as PeerData).institutions;
    if (!institution) throw new Error(`the peer has no institution "${institutionId}"`);
    const ties = [
      ...institution.officeHoldersConnection.edges,
      ...institution.membersConnection.edges,
    ].sort(
      (a, b) =>
        byCodeUnits(a.node.name, b.node.name) || byCodeUnits(a.properties.id, b.properties.id),
    );
    return {
      name: institution.name,
      total:
        institution.officeHoldersConnection.totalCount + institution.membersConnection.totalCount,
      members: ties.slice(0, PAGE).map((edge) => ({
        title: edge.properties.title,
        name: edge.node.name,
        offices: edge.node.positionsConnection.edges.map((office) => ({
          title: office.properties.title,
          quotes: office.properties.evidenceQuotes ?? [],
          institution: office.node.name,
          institutionKind: kindAsEnum(office.node.kind),
          parent: office.node.parent?.name ?? null,
        })),
      })),
    };
  },
});
