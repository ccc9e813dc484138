import { findMentions } from './mentions/find-mentions';
import { matchCandidates } from './matching';
import { clusterMentions } from './normalise/cluster';
import { withEventDates } from './normalise/event-dates';
import { findRelations } from './relations/find-relations';
import { segment } from './segment';
import type { GazetteerEntry, IngestText, Proposal } from './types';

/** Bumped whenever a rule changes what it proposes, so a reviewer knows which rules spoke. */
export const PIPELINE_VERSION = 'ingest@4';

/** An article to a proposal: candidates and links, each with its evidence and rule. */
export function propose(input: IngestText, gazetteer: readonly GazetteerEntry[]): Proposal {
  const { text } = input;
  const sentences = segment(text);
  const { mentions, definitions, tokens } = findMentions(text, sentences, gazetteer);
  const clustering = clusterMentions(mentions, definitions, text);
  const relationships = findRelations({ text, tokens, mentions, clustering });
  const matched = matchCandidates(clustering.entities, relationships, clustering, gazetteer);
  const entities = withEventDates(matched, {
    text,
    tokens,
    mentions,
    clustering,
    publishedAt: input.publishedAt,
  });
  return { pipelineVersion: PIPELINE_VERSION, sentences, entities, relationships };
}
