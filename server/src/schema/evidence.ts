import type { Evidence } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { notFound } from '../errors';
import { primeSources } from '../loaders/prime';
import { readSourceById, type SourceRecord } from '../repositories/source-repository';
import { isSelected } from '../selection/plan-selection';

export const SourceRef = builder.objectRef<SourceRecord>('Source');

SourceRef.implement({
  description: 'A document that facts are quoted from.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    text: t.string({
      description: 'The full text; every evidence offset indexes into it.',
      resolve: async (source, _args, { loaders }) =>
        (await loaders.sourceText.load(source.id)) ?? '',
    }),
  }),
});

builder.queryField('source', (t) =>
  t.field({
    type: SourceRef,
    nullable: true,
    description: 'One source document by id; null when none has that id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { executor, loaders }, info) => {
      const found = await readSourceById(executor, String(id), isSelected(info, ['text']));
      if (!found) return null;
      primeSources(loaders, [found]);
      return found.source;
    },
  }),
);

export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description:
    'A quoted span of a source that states a fact; `start` and `end` index the source text (end exclusive).',
  fields: (t) => ({
    sourceId: t.exposeID('sourceId'),
    quote: t.exposeString('quote'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    source: t.field({
      type: SourceRef,
      description: 'The document quoted.',
      // Evidence is checked against its source when written, so a missing one is a broken graph.
      resolve: async (evidence, _args, { loaders }) => {
        const source = await loaders.source.load(evidence.sourceId);
        if (!source) throw notFound('source', evidence.sourceId);
        return source;
      },
    }),
  }),
});

export const EvidenceInput = builder.inputType('EvidenceInput', {
  description:
    'A quote from a stored source; `source.text.slice(start, end)` must equal `quote` exactly.',
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    quote: t.string({ required: true }),
    start: t.int({ required: true }),
    end: t.int({ required: true }),
  }),
});

/** GraphQL ids arrive as string | number; evidence stores them as strings. */
export const evidenceFromInput = (
  inputs: readonly { sourceId: string | number; quote: string; start: number; end: number }[],
): Evidence[] => inputs.map((input) => ({ ...input, sourceId: String(input.sourceId) }));
