/**
 * What node size can show: a graph-wide score stored by the last analysis, or one computed in
 * the browser on what is drawn ("this view").
 */
export const SCORE_CHOICES = [
  { value: 'none', label: 'Nothing' },
  { value: 'degree', label: 'Degree' },
  { value: 'pageRank', label: 'PageRank' },
  { value: 'betweenness', label: 'Betweenness' },
  { value: 'viewDegree', label: 'Degree (this view)' },
  { value: 'viewPageRank', label: 'PageRank (this view)' },
  { value: 'viewBetweenness', label: 'Betweenness (this view)' },
] as const;

export type ScoreChoice = (typeof SCORE_CHOICES)[number]['value'];

export const isScoreChoice = (value: string): value is ScoreChoice =>
  SCORE_CHOICES.some((choice) => choice.value === value);
