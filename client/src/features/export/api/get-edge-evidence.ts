import { API_LIMITS } from '@guanxi/graph-schema';
import { graphql } from '../../../lib/graphql';
import { type ApiClient, runQuery } from '../../../lib/graphql-client';
import type { EdgeEvidence, ExportEvidence, ExportSource } from '../lib/export-document';

const RelationshipEvidenceQuery = graphql(`
  query RelationshipEvidence($ids: [ID!]!) {
    relationships(ids: $ids) {
      id
      evidence {
        sourceId
        quote
        start
        end
        source {
          id
          title
          publisher
          publishedAt
          url
        }
      }
    }
  }
`);

const BATCH = API_LIMITS.relationships.ids.max;

/** The evidence of every relationship drawn, read in batches the API accepts. */
export async function getEdgeEvidence(
  client: ApiClient,
  ids: readonly string[],
): Promise<EdgeEvidence> {
  const evidence = new Map<string, ExportEvidence[]>();
  const sources = new Map<string, ExportSource>();
  for (let first = 0; first < ids.length; first += BATCH) {
    const { relationships } = await runQuery(
      client,
      RelationshipEvidenceQuery,
      { ids: ids.slice(first, first + BATCH) },
      { requestPolicy: 'network-only' },
    );
    for (const relationship of relationships) {
      evidence.set(
        relationship.id,
        relationship.evidence.map(({ sourceId, quote, start, end }) => ({
          sourceId,
          quote,
          start,
          end,
        })),
      );
      for (const { source } of relationship.evidence)
        if (!sources.has(source.id)) sources.set(source.id, source);
    }
  }
  return { evidence, sources: [...sources.values()] };
}
