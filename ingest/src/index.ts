export type * from './types';
export { propose, PIPELINE_VERSION } from './propose';
export { segment } from './segment';
export { findMentions } from './mentions/find-mentions';
export { clusterMentions } from './normalise/cluster';
export { organisationKey } from './normalise/organisation-key';
export { canonicalTitle, readTitle } from './lexicon/titles';
export { findRelations } from './relations/find-relations';
export { matchCandidates } from './matching';
