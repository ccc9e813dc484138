import { RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { type LinkedRelation, linkEntities, unlinkRelationship } from '../services/link-service';
import { requireScope } from '../services/write-access';
import { EntityRef } from './entity';
import { RelationTypeEnum } from './enums';
import { evidenceFromInput, EvidenceInput, EvidenceRef } from './evidence';

const text = (linked: LinkedRelation, name: string): string | null => {
  const value = linked.relation.properties[name];
  return typeof value === 'string' ? value : null;
};

const RelationshipRef = builder.objectRef<LinkedRelation>('Relationship').implement({
  description: 'A relationship with both ends, its typed properties and its evidence.',
  fields: (t) => ({
    id: t.id({ resolve: (linked) => linked.relation.id }),
    type: t.field({ type: RelationTypeEnum, resolve: (linked) => linked.relation.type }),
    from: t.field({ type: EntityRef, resolve: (linked) => linked.from }),
    to: t.field({ type: EntityRef, resolve: (linked) => linked.to }),
    label: t.string({
      resolve: (linked) =>
        RELATION_TYPE_DEFINITIONS[linked.relation.type].label(linked.relation.properties),
    }),
    sentence: t.string({
      resolve: (linked) =>
        RELATION_TYPE_DEFINITIONS[linked.relation.type].sentence(
          linked.from.name,
          linked.to.name,
          linked.relation.properties,
        ),
    }),
    title: t.string({ nullable: true, resolve: (linked) => text(linked, 'title') }),
    role: t.string({ nullable: true, resolve: (linked) => text(linked, 'role') }),
    since: t.string({ nullable: true, resolve: (linked) => text(linked, 'since') }),
    until: t.string({ nullable: true, resolve: (linked) => text(linked, 'until') }),
    detail: t.string({ nullable: true, resolve: (linked) => text(linked, 'detail') }),
    description: t.string({ nullable: true, resolve: (linked) => text(linked, 'description') }),
    note: t.string({ nullable: true, resolve: (linked) => linked.relation.note ?? null }),
    evidence: t.field({ type: [EvidenceRef], resolve: (linked) => linked.relation.evidence }),
  }),
});

const LinkInput = builder.inputType('LinkInput', {
  description:
    'A new relationship. Give only the properties its type defines (HOLDS_POSITION: title, role, since, until; MEMBER_OF: title; PARTICIPATED_IN: role, detail; ORGANIZED: role; PRIORITIZES: description).',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, required: true }),
    from: t.id({ required: true }),
    to: t.id({ required: true }),
    title: t.string(),
    role: t.string(),
    since: t.string(),
    until: t.string(),
    detail: t.string(),
    description: t.string(),
    note: t.string(),
    evidence: t.field({ type: [EvidenceInput], required: true }),
  }),
});

builder.mutationField('link', (t) =>
  t.field({
    type: RelationshipRef,
    description:
      'Links two entities; evidence is required and must quote a stored source. The same link (type, ends, title or role) made again is the same relationship, with the new quotes added.',
    args: { input: t.arg({ type: LinkInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const actor = requireScope(context, 'write');
      const { type, from, to, note, evidence, ...properties } = input;
      return linkEntities(context.executor, actor, {
        type,
        from: String(from),
        to: String(to),
        note,
        properties,
        evidence: evidenceFromInput(evidence),
      });
    },
  }),
);

builder.mutationField('unlink', (t) =>
  t.field({
    type: RelationshipRef,
    description: 'Removes one relationship by id and returns it as it was.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => {
      const actor = requireScope(context, 'write');
      return unlinkRelationship(context.executor, actor, String(id));
    },
  }),
);
