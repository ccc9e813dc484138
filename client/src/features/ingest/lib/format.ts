import type { Candidate, Decision } from './draft';

const DECISION_LABELS: Record<Decision, string> = {
  PENDING: 'pending',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  UNSURE: 'unsure',
};

export const decisionLabel = (decision: Decision): string => DECISION_LABELS[decision];

const TIME = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "14 Mar, 09:30"; the text itself when it is not a date. */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date);
}

/** "accepted by curator · 14 Mar, 09:30", or null while nobody has decided. */
export function decidedLine(candidate: Candidate): string | null {
  if (candidate.group !== 'entity' || !candidate.decidedBy) return null;
  const when = candidate.decidedAt ? ` · ${shortTime(candidate.decidedAt)}` : '';
  return `${decisionLabel(candidate.decision)} by ${candidate.decidedBy}${when}`;
}

/** 0.923 → "0.92". */
export const confidenceLabel = (confidence: number): string => confidence.toFixed(2);
