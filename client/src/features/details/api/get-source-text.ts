import { graphql } from '../../../lib/graphql';
import { execute } from '../../../lib/graphql-client';

const SourceTextQuery = graphql(`
  query SourceText($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      publishedAt
      url
      text
    }
  }
`);

export interface SourceText {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
}

/** A source document with its full text, which evidence offsets index into. */
export async function getSourceText(id: string, signal?: AbortSignal): Promise<SourceText | null> {
  const { source } = await execute(SourceTextQuery, { id }, signal);
  return source ?? null;
}
