import type { ComparedOperation } from './compared-operation';

interface Office {
  title: string | null;
  institution: string;
  parent: string | null;
}
type PeopleList = { name: string; offices: Office[] }[];

interface GuanxiData {
  people: {
    edges: {
      node: {
        name: string;
        positions: {
          edges: {
            title: string | null;
            node: { name: string; parent: { name: string } | null };
          }[];
        };
      };
    }[];
  };
}
interface PeerData {
  people: {
    edges: {
      node: {
        name: string;
        positions: {
          edges: {
            properties: { title: string | null };
            node: { name: string; parent: { name: string } | null };
          }[];
        };
      };
    }[];
  };
}

/** The operation: 50 people by name, each with their first 10 offices and parent bodies. */
export const peopleList: ComparedOperation<PeopleList> = {
  name: 'people list',
  compared:
    'first 50 people by name (then id), each with their first 10 offices (by body name, then relationship id): title, body, parent body',
  guanxi: {
    query: /* GraphQL */ `
      query PeopleList {
        people(first: 50, orderBy: { field: NAME }) {
          edges {
            node {
              name
              positions(first: 10) {
                edges {
                  title
                  node {
                    name
                    parent {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `,
  },
  peer: {
    query: /* GraphQL */ `
      query PeopleList {
        people: peopleConnection(first: 50, sort: [{ name: ASC }, { id: ASC }]) {
          edges {
            node {
              name
              positions: positionsConnection(
                first: 10
                sort: [{ node: { name: ASC } }, { edge: { id: ASC } }]
              ) {
                edges {
                  properties {
                    title
                  }
                  node {
                    name
                    parent {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `,
  },
  fromGuanxi: (data) =>
    (data as GuanxiData).people.edges.map(({ node }) => ({
      name: node.name,
      offices: node.positions.edges.map((edge) => ({
        title: edge.title,
        institution: edge.node.name,
        parent: edge.node.parent?.name ?? null,
      })),
    })),
  fromPeer: (data) =>
    (data as PeerData).people.edges.map(({ node }) => ({
      name: node.name,
      offices: node.positions.edges.map((edge) => ({
        title: edge.properties.title,
        institution: edge.node.name,
        parent: edge.node.parent?.name ?? null,
      })),
    })),
};
