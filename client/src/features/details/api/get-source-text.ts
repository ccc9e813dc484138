import { graphql, type ResultOf } from '../../../lib/graphql';
import { useApiQuery } from '../../../lib/use-api-query';

const SourceTextQuery = graphql(`
  query SourceText($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      publishedAt
      url
      note
      text
    }
  }
`);

export interface SourceText {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** What a curator says about the source itself, e.g. why a detail is missing. */
  note: string | null;
  text: string;
}

const selectSource = (data: ResultOf<typeof SourceTextQuery>): SourceText | null =>
  data.source ?? null;

/** A source document with its full text, which evidence offsets index into. */
export const useSourceText = (id: string) => useApiQuery(SourceTextQuery, { id }, selectSource);
