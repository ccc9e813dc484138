import { API_LIMITS } from '@guanxi/graph-schema';
import { useCallback } from 'react';
import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

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

const selectIndustries = (data: ResultOf<typeof IndustriesQuery>): IndustryOption[] =>
  data.industries.edges.map((edge) => edge.node);

export const useIndustries = () =>
  useApiQuery(IndustriesQuery, { first: API_LIMITS.page.default }, selectIndustries);

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

/** The ids of everything the API ties to an industry, and the industry itself (null: none). */
export function useIndustryReach(industry: string | null) {
  const select = useCallback(
    (data: ResultOf<typeof IndustryReachQuery>): ReadonlySet<string> =>
      new Set([
        industry ?? '',
        ...[data.people, data.institutions, data.places].flatMap((connection) =>
          connection.edges.map((edge) => edge.node.id),
        ),
      ]),
    [industry],
  );
  return useApiQuery(
    IndustryReachQuery,
    industry === null ? null : { industry, first: API_LIMITS.page.max },
    select,
  );
}
