import { describe, expect, it } from '@jest/globals';
import { ingestClient } from '../helpers/ingest-fixtures';
import { seededWriteTest } from '../helpers/write-fixtures';

/*
 * A fact an article states of a numbered term ("the 12th National Committee of the CPPCC") is
 * committed dated by the term, and read back through the time filter. The seeded graph holds the
 * 12th National Committee as an entity of its own, so that one is matched; a term it does not
 * hold links to the body itself.
 */

const context = seededWriteTest();

const ARTICLE = `Advisers meet returnee founders

Gao Wenbin, a member of the 12th National Committee of the Chinese People's Political Consultative Conference (CPPCC), spoke at the forum on Tuesday.

Lu Xiaoyan, a member of the 13th National Committee of the CPPCC, chaired the afternoon session.`;

interface Edge {
  source: string;
  target: string;
  time: {
    asOfFrom: string | null;
    asOfTo: string | null;
    basis: string | null;
    term: string | null;
    evidence: string | null;
  };
}

async function edgesOf(id: string, variables: Record<string, unknown> = {}): Promise<Edge[]> {
  const answer = await context.client.query(
    /* GraphQL */ `
      query TermNeighbourhood($id: ID!, $asOf: Date, $strictDates: Boolean) {
        neighborhood(id: $id, asOf: $asOf, strictDates: $strictDates) {
          edges {
            source
            target
            time {
              asOfFrom
              asOfTo
              basis
              term
              evidence
            }
          }
        }
      }
    `,
    { id, ...variables },
  );
  expect(answer.errors).toBeUndefined();
  return (answer.data as { neighborhood: { edges: Edge[] } }).neighborhood.edges;
}

describe('an ingested fact of a numbered term', () => {
  it('is committed dated by the term, and kept or left out as of a year', async () => {
    const ingest = ingestClient(context.client);
    const draft = await ingest.propose(ARTICLE);
    await ingest.acceptAll(draft);
    const { entities } = await ingest.commit(draft.id);
    const idOf = (name: string) => entities.find((e) => e.name === name)?.id;
    const gao = idOf('Gao Wenbin')!;
    const lu = idOf('Lu Xiaoyan')!;
    const committee = idOf('National Committee of the CPPCC');
    expect(entities.map((e) => e.id)).toContain('cppcc-12th-national-committee');
    expect(committee).toBeDefined();

    const membership = (edges: readonly Edge[], person: string, body: string | undefined) =>
      edges.find((edge) => edge.source === person && edge.target === body);
    const twelfth = (edges: readonly Edge[]) =>
      membership(edges, gao, 'cppcc-12th-national-committee');
    expect(twelfth(await edgesOf(gao))?.time).toEqual({
      asOfFrom: '2013-03',
      asOfTo: '2018-03',
      basis: 'TERM',
      term: 'cppcc-national-committee-12',
      evidence: "12th National Committee of the Chinese People's Political Consultative Conference",
    });
    expect(twelfth(await edgesOf(gao, { asOf: '2015', strictDates: true }))).toBeDefined();
    expect(twelfth(await edgesOf(gao, { asOf: '2020', strictDates: true }))).toBeUndefined();

    const thirteenth = (edges: readonly Edge[]) => membership(edges, lu, committee);
    expect(thirteenth(await edgesOf(lu))?.time).toMatchObject({
      asOfFrom: '2018-03',
      asOfTo: '2023-03',
      term: 'cppcc-national-committee-13',
      evidence: '13th National Committee of the CPPCC',
    });
    expect(thirteenth(await edgesOf(lu, { asOf: '2020', strictDates: true }))).toBeDefined();
    expect(thirteenth(await edgesOf(lu, { asOf: '2015', strictDates: true }))).toBeUndefined();
  });
});
