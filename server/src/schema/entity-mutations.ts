import { builder } from '../builder';
import { notFound } from '../errors';
import { createEntity, updateEntity } from '../services/entity-write-service';
import { requireScope } from '../services/write-access';
import { EntityRef } from './entity';
import { EntityKindEnum, InstitutionKindEnum, PlaceKindEnum } from './enums';
import { evidenceFromInput, EvidenceInput } from './evidence';

const CreateEntityInput = builder.inputType('CreateEntityInput', {
  description: 'A new entity. Kind-specific fields apply to their kind only.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, required: true }),
    id: t.id({
      description:
        'A slug; derived from the name when absent (pinyin for Chinese names, a short hash when no letters remain).',
    }),
    name: t.string({ required: true }),
    aliases: t.stringList(),
    note: t.string(),
    evidence: t.field({ type: [EvidenceInput], required: true }),
    honorific: t.string({ description: 'People only.' }),
    institutionKind: t.field({ type: InstitutionKindEnum, description: 'Institutions: required.' }),
    placeKind: t.field({ type: PlaceKindEnum, description: 'Places: required.' }),
    date: t.string({ description: 'Events only: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    edition: t.int({ description: 'Events only.' }),
    theme: t.string({ description: 'Events only.' }),
  }),
});

const UpdateEntityInput = builder.inputType('UpdateEntityInput', {
  description: 'Fields to change; absent fields stay as they are. Evidence can only be added.',
  fields: (t) => ({
    name: t.string(),
    aliases: t.stringList({ description: 'Replaces the aliases.' }),
    note: t.string(),
    honorific: t.string(),
    institutionKind: t.field({ type: InstitutionKindEnum }),
    placeKind: t.field({ type: PlaceKindEnum }),
    date: t.string(),
    edition: t.int(),
    theme: t.string(),
    addEvidence: t.field({ type: [EvidenceInput] }),
  }),
});

builder.mutationField('createEntity', (t) =>
  t.field({
    type: EntityRef,
    description: 'Creates an entity; its evidence must quote a stored source exactly.',
    args: { input: t.arg({ type: CreateEntityInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = requireScope(context, 'write');
      const id = await createEntity(context.executor, actor, {
        ...input,
        id: input.id === null || input.id === undefined ? undefined : String(input.id),
        evidence: evidenceFromInput(input.evidence),
      });
      return (await context.loaders.entity.load(id)) ?? Promise.reject(notFound('entity', id));
    },
  }),
);

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: EntityRef,
    description: 'Changes fields of an entity and adds evidence; the result is validated whole.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateEntityInput, required: true }),
    },
    resolve: async (_root, { id, input }, context) => {
      const actor = requireScope(context, 'write');
      await updateEntity(context.executor, actor, String(id), {
        ...input,
        addEvidence: input.addEvidence ? evidenceFromInput(input.addEvidence) : undefined,
      });
      // The same request may have read the entity before changing it.
      context.loaders.entity.clear(String(id));
      return (
        (await context.loaders.entity.load(String(id))) ??
        Promise.reject(notFound('entity', String(id)))
      );
    },
  }),
);
