import { z } from 'zod';
import { multiLineText, nameKey, singleLineText } from './normalised-text';

/**
 * A named explorer view: who saved it, when, and the link that redraws it. It is no Entity and
 * has no relationships, so search, lists, neighbourhoods, paths, the overview, graph statistics
 * and exports of the domain graph never see it.
 */
export const SAVED_VIEW_LABEL = 'SavedView';

export const SAVED_VIEW_LIMITS = {
  nameLength: 200,
  noteLength: 2000,
  /** Many servers and proxies refuse a request line beyond 8 KiB: a longer link would not open. */
  stateLength: 8000,
  /** Views in one page of `savedViews`. */
  page: { default: 20, max: 100 },
} as const;

/**
 * The parameters of an explorer link (the client's url-state) that a view consists of. `ingest`,
 * which opens the ingest screen on a draft, is not part of a view of the graph.
 */
export const VIEW_STATE_PARAMETERS = [
  'focus',
  'selected',
  'edge',
  'expand',
  'hide',
  'pin',
  'industry',
  'compare',
  'from',
  'to',
  'hops',
  'avoid',
  'hideKinds',
  'hideTypes',
  'depth',
  'limit',
  'asOf',
  'sizeBy',
  'colourBy',
  'shared',
  'v',
] as const;

/** The link format's version parameter: every link the explorer writes carries it. */
const VERSION_PARAMETER = 'v';

/**
 * What the explorer writes: slugs, relationship ids, kinds, types and numbers, separated by
 * `,` `~` `:` and joined as `name=value&…`. Nothing else, so nothing needs escaping.
 */
const STATE_CHARACTERS = /^[A-Za-z0-9._~,:=&-]*$/;

function viewStateIssue(state: string): string | undefined {
  if (state === '') return 'is empty: there is no view to save';
  if (!STATE_CHARACTERS.test(state))
    return 'may hold only letters, digits and - _ . ~ , : = &, as explorer links do';
  const seen = new Set<string>();
  for (const pair of state.split('&')) {
    const [name = '', value, ...extra] = pair.split('=');
    if (!(VIEW_STATE_PARAMETERS as readonly string[]).includes(name))
      return `has "${name}", which is not a view parameter (${VIEW_STATE_PARAMETERS.join(', ')})`;
    if (seen.has(name)) return `has "${name}" twice`;
    if (!value || extra.length > 0) return `has "${name}" without a single value`;
    seen.add(name);
  }
  if (!seen.has(VERSION_PARAMETER)) return 'has no link version (v=): it is not an explorer link';
  return undefined;
}

/** A view as the explorer's query string, with or without its leading "?". */
const ViewStateSchema = z
  .string()
  .overwrite((state) => state.replace(/^\?/, ''))
  .max(SAVED_VIEW_LIMITS.stateLength, `at most ${SAVED_VIEW_LIMITS.stateLength} characters`)
  .superRefine((state, ctx) => {
    const issue = viewStateIssue(state);
    if (issue) ctx.addIssue({ code: 'custom', message: issue, input: state });
  });

/** What a person saves: a name, an optional note, and the view. */
export const SavedViewInputSchema = z.object({
  name: singleLineText(SAVED_VIEW_LIMITS.nameLength),
  note: multiLineText(SAVED_VIEW_LIMITS.noteLength)
    .nullish()
    .transform((note) => note || undefined),
  state: ViewStateSchema,
});

/** A stored view; times are ISO 8601 (UTC). */
export const SavedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  note: z.string().optional(),
  state: z.string(),
  /** The label of the token that saved it. */
  savedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

/**
 * One view per person and name, as a person reads the name (case and spacing aside): saving
 * under it again replaces that view. Stored as `ownerKey`, unique by constraint, so two saves
 * at the same instant converge on one view.
 */
export const savedViewOwnerKey = (savedBy: string, name: string): string =>
  JSON.stringify([savedBy, nameKey(name)]);
