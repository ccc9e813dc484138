import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';

const IndustriesQuery = graphql(`
  query Industries($first: Int) {
    industries(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface IndustryOption {
  id: string;
  name: string;
}

export async function getIndustries(signal?: AbortSignal): Promise<IndustryOption[]> {
  const { industries } = await execute(IndustriesQuery, { first: 20 }, signal);
  return industries.edges.map((edge) => edge.node);
}

const IndustryReachQuery = graphql(`
  query IndustryReach($industry: ID!, $first: Int) {
    people(first: $first, where: { industry: $industry }) {
      edges {
        node {
          id
        }
      }
    }
    institutions(first: $first, where: { industry: $industry }) {
      edges {
        node {
          id
        }
      }
    }
    places(first: $first, where: { industry: $industry }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The ids of everything the API ties to an industry, and the industry itself. */
export async function getIndustryReach(
  industry: string,
  signal?: AbortSignal,
): Promise<Set<string>> {
  const result = await execute(IndustryReachQuery, { industry, first: 100 }, signal);
  return new Set([
    industry,
    ...[result.people, result.institutions, result.places].flatMap((connection) =>
      connection.edges.map((edge) => edge.node.id),
    ),
  ]);
}
