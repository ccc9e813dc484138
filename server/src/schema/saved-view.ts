import { SAVED_VIEW_LIMITS, type SavedView } from '@guanxi/graph-schema';
import { builder } from '../builder';
import {
  deleteSavedView,
  listSavedViews,
  savedView,
  saveView,
} from '../services/saved-view-service';
import { requireScope } from '../services/write-access';

const SavedViewRef = builder.objectRef<SavedView>('SavedView').implement({
  description:
    'A named view of the explorer: open `/?<state>` to redraw it. Not part of the graph: search, lists, neighbourhoods, paths, the overview, statistics and exports never hold one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    note: t.exposeString('note', { nullable: true }),
    state: t.exposeString('state', {
      description:
        'The explorer’s query string, without "?": focus, expansions, hidden and pinned nodes, filters, selection, the path question (`v` is the link format).',
    }),
    savedBy: t.exposeString('savedBy', {
      description: 'The label of the token that saved it.',
    }),
    createdAt: t.exposeString('createdAt', { description: 'First saved (ISO 8601, UTC).' }),
    updatedAt: t.exposeString('updatedAt', { description: 'Last saved (ISO 8601, UTC).' }),
  }),
});

const SaveViewInput = builder.inputType('SaveViewInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      description: `Trimmed, at most ${SAVED_VIEW_LIMITS.nameLength} characters; the same name again (any case or spacing) replaces your view of that name.`,
    }),
    note: t.string({ description: `At most ${SAVED_VIEW_LIMITS.noteLength} characters.` }),
    state: t.string({
      required: true,
      description: `The explorer’s query string (with or without "?"), at most ${SAVED_VIEW_LIMITS.stateLength} characters, with its link version \`v\`.`,
    }),
  }),
});

builder.queryField('savedViews', (t) =>
  t.connection({
    type: SavedViewRef,
    description: `Everyone’s saved views, most recently saved first (pages of at most ${SAVED_VIEW_LIMITS.page.max}).`,
    resolve: (_root, args, { executor }) => listSavedViews(executor, args),
  }),
);

builder.queryField('savedView', (t) =>
  t.field({
    type: SavedViewRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { executor }) => (await savedView(executor, String(id))) ?? null,
  }),
);

builder.mutationField('saveView', (t) =>
  t.field({
    type: SavedViewRef,
    description:
      'Saves the view under a name, with who and when; saving under a name you used before replaces that view.',
    args: { input: t.arg({ type: SaveViewInput, required: true }) },
    resolve: (_root, { input }, context) =>
      saveView(context.executor, requireScope(context, 'write'), input),
  }),
);

builder.mutationField('deleteSavedView', (t) =>
  t.field({
    type: SavedViewRef,
    description:
      'Deletes a saved view and answers it as it was. Needs the token that saved it, or an admin token.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      deleteSavedView(context.executor, requireScope(context, 'write'), String(id)),
  }),
);
