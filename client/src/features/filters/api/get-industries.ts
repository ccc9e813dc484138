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
  query IndustryReach($industry: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $industry, depth: $depth, limit: $limit) {
      nodes {
        id
      }
    }
  }
`);

/** How far an industry's reach extends: the hops and node cap the explorer draws with. */
export interface ReachSize {
  depth: number;
  limit: number;
}

/**
 * The ids of everything within the chosen hops of an industry, the industry included, so that
 * choosing an industry keeps the picture the hops setting asks for (null: no industry chosen).
 */
export function useIndustryReach(industry: string | null, { depth, limit }: ReachSize) {
  const select = useCallback(
    (data: ResultOf<typeof IndustryReachQuery>): ReadonlySet<string> =>
      new Set(data.neighborhood.nodes.map((node) => node.id)),
    [],
  );
  return useApiQuery(
    IndustryReachQuery,
    industry === null ? null : { industry, depth, limit },
    select,
  );
}
