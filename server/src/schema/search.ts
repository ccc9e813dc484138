import { API_LIMITS } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { searchEntities, type SearchHit } from '../services/search-service';
import { EntityRef } from './entity';
import { EntityKindEnum } from './enums';
import { plannedReading } from './planned-reading';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One entity found by `search`, with its relevance and the name that matched.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
    matched: t.exposeString('matched', { description: 'The name or alias that matched best.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: `Full-text search over names and aliases: typo-tolerant, ranked, safe for any text (operators and special characters are taken literally; long text is cut to its first ${API_LIMITS.search.maxChars} characters). At most ${API_LIMITS.search.max} hits (\`first\`).`,
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ defaultValue: API_LIMITS.search.default }),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      searchEntities(
        executor,
        args.text,
        args.kinds ?? undefined,
        args.first,
        plannedReading(info, loaders, [['entity']]),
      ),
  }),
);
