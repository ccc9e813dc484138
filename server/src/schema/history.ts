import { builder } from '../builder';
import type { AuditEntry } from '../repositories/audit-repository';
import { API_LIMITS, WRITE_OPERATIONS } from '@guanxi/graph-schema';
import { history } from '../services/audit-service';
import { undoMerge } from '../services/undo-merge-service';
import { requireScope } from '../services/write-access';

const WriteOperationEnum = builder.enumType('WriteOperation', {
  description: 'A change the audit trail records.',
  values: WRITE_OPERATIONS,
});

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description: 'One write in the audit trail: who, when, what, and the state before and after.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'When the write committed (ISO 8601, UTC).' }),
    actor: t.exposeString('actor', { description: 'The label of the token that made the write.' }),
    operation: t.expose('operation', { type: WriteOperationEnum }),
    subjects: t.exposeStringList('subjects', {
      description: 'Ids of the entities and relationships the write touched.',
    }),
    before: t.exposeString('before', {
      description: 'JSON of what the write replaced (null: nothing).',
    }),
    after: t.exposeString('after', { description: 'JSON of what the write left (null: removed).' }),
    undoneBy: t.exposeString('undoneBy', {
      nullable: true,
      description: 'The audit entry of the write that undid this one.',
    }),
  }),
});

builder.queryField('history', (t) =>
  t.field({
    type: [AuditEntryRef],
    description: `The writes that touched an entity or relationship, newest first (at most ${API_LIMITS.history.max}).`,
    args: {
      id: t.arg.id({ required: true, description: 'An entity or relationship id.' }),
      first: t.arg.int({ defaultValue: API_LIMITS.history.default }),
    },
    resolve: (_root, { id, first }, { executor }) => history(executor, String(id), first),
  }),
);

builder.mutationField('undoMerge', (t) =>
  t.field({
    type: AuditEntryRef,
    description:
      'Undoes a merge from its audit entry: the merged entity, its names, evidence and relationships come back. Refused with CONFLICT, saying what changed, when a later write changed what the merge wrote. Needs the token that merged, or an admin token.',
    args: { auditId: t.arg.id({ required: true }) },
    resolve: (_root, { auditId }, context) => {
      const actor = requireScope(context, 'write');
      return undoMerge(context.executor, actor, String(auditId));
    },
  }),
);
