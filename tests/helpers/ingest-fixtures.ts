import type { WriteTest } from './write-fixtures';

/**
 * A short article in the genre, naming people and bodies of the seed graph (Pei Gang, the
 * returnees' association, the UFWD) beside new ones, with a photo credit that is no person.
 */
export const INGEST_ARTICLE = `Returnee scholars discuss chip talent in Shanghai

Mr. Pei Gang, president of the Shanghai Association of Overseas Returnees, hosted the Forum on Integrated Circuit Talent on Sunday at the Shanghai Science Hall.

Zhao Minghua, director of the Pudong Science and Technology Bureau, delivered a keynote speech on integrated circuits.

Cheng Tong, director of the United Front Work Department of the CPC Shanghai Committee, attended the forum.

Ti Gon
`;

const CANDIDATE = /* GraphQL */ `
  id
  kind
  name
  aliases
  confidence
  rule
  decision
  decidedBy
  matchReasons
  match {
    id
    name
  }
  evidence {
    quote
    start
    end
  }
`;

export const DRAFT_FIELDS = /* GraphQL */ `
  id
  source {
    id
    text
  }
  entities {
    ${CANDIDATE}
  }
  relationships {
    id
    type
    label
    confidence
    decision
    evidence {
      quote
      start
      end
    }
    from {
      id
      match {
        id
      }
    }
    to {
      id
      match {
        id
      }
    }
  }
  preview {
    entitiesToCreate
    entitiesToMatch
    relationshipsToWrite
    relationshipsToSkip
    pending
    unsure
  }
  commit {
    entitiesCreated
  }
`;

interface Candidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  confidence: number;
  rule: string;
  decision: string;
  decidedBy: string | null;
  matchReasons: string[];
  match: { id: string; name: string } | null;
  evidence: { quote: string; start: number; end: number }[];
}

export interface Draft {
  id: string;
  source: { id: string; text: string };
  entities: Candidate[];
  relationships: (Omit<
    Candidate,
    'kind' | 'name' | 'aliases' | 'rule' | 'decidedBy' | 'matchReasons' | 'match'
  > & {
    type: string;
    label: string;
    from: { id: string; match: { id: string } | null };
    to: { id: string; match: { id: string } | null };
  })[];
  preview: {
    entitiesToCreate: number;
    entitiesToMatch: number;
    relationshipsToWrite: number;
    relationshipsToSkip: number;
    pending: number;
    unsure: number;
  };
  commit: { entitiesCreated: number } | null;
}

export interface CommitResult {
  entitiesCreated: number;
  entitiesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  relationshipsSkipped: number;
  entities: { id: string; name: string }[];
}

type Decision = {
  candidateId: string;
  decision: string;
  matchId?: string;
  name?: string;
  makeNew?: boolean;
};

/** The ingest operations as a reviewer's script would send them, each checked for errors. */
export function ingestClient(client: WriteTest['client']) {
  const must = <T>(
    answer: { data?: unknown; errors?: { message: string }[] },
    field: string,
  ): T => {
    if (answer.errors)
      throw new Error(`${field}: ${answer.errors.map((e) => e.message).join('; ')}`);
    return (answer.data as Record<string, T>)[field]!;
  };
  const proposeRaw = (text: string, as: 'curator' | 'reader' = 'curator') =>
    (as === 'curator' ? client.asCurator : client.asReader)(
      `mutation ($input: IngestInput!) { proposeIngest(input: $input) { ${DRAFT_FIELDS} } }`,
      { input: { text } },
    );
  const decideRaw = (draftId: string, decisions: Decision[]) =>
    client.asCurator(
      `mutation ($draftId: ID!, $decisions: [IngestDecisionInput!]!) { decideIngest(draftId: $draftId, decisions: $decisions) { ${DRAFT_FIELDS} } }`,
      { draftId, decisions },
    );
  const commitRaw = (draftId: string) =>
    client.asCurator(
      `mutation ($draftId: ID!) { commitIngest(draftId: $draftId) { entitiesCreated entitiesMatched relationshipsCreated relationshipsMatched relationshipsSkipped entities { id name } } }`,
      { draftId },
    );
  const decide = async (draftId: string, decisions: Decision[]) =>
    must<Draft>(await decideRaw(draftId, decisions), 'decideIngest');
  return {
    proposeRaw,
    decideRaw,
    commitRaw,
    propose: async (text: string) => must<Draft>(await proposeRaw(text), 'proposeIngest'),
    decide,
    draft: async (id: string) =>
      must<Draft>(
        await client.query(`query ($id: ID!) { ingestDraft(id: $id) { ${DRAFT_FIELDS} } }`, { id }),
        'ingestDraft',
      ),
    /** Accepts every candidate, as a bulk accept in the review screen does. */
    acceptAll: (draft: Draft) =>
      decide(
        draft.id,
        [...draft.entities, ...draft.relationships].map((c) => ({
          candidateId: c.id,
          decision: 'ACCEPTED',
        })),
      ),
    commit: async (draftId: string) => must<CommitResult>(await commitRaw(draftId), 'commitIngest'),
  };
}
