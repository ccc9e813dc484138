import { API_LIMITS, type EntityKind, searchFormsOf, searchKeysOf } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import type { EntityRecord } from '../repositories/entity-record';
import { searchEntityNames } from '../repositories/search-repository';
import { boundedCount } from './bounded-count';
import { buildSearchQuery, searchWords } from './lucene-query';
import type { PlannedReading } from '../selection/entity-plan';
import { mergeProperties, propertiesForFields } from '../selection/entity-properties';

export interface SearchHit {
  entity: EntityRecord;
  score: number;
  /** The name or alias that best matches what was typed. */
  matched: string;
}

/** Levenshtein distance, for choosing which of an entity's names the person meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How far a name is from the typed words: each word to its closest word of the name. */
function wordDistance(name: string, words: readonly string[]): number {
  const nameWords = name.toLowerCase().split(/\s+/u);
  return words.reduce((sum, word) => {
    const closest = Math.min(
      ...nameWords.map((candidate) =>
        candidate.startsWith(word) ? 0 : editDistance(word, candidate),
      ),
    );
    return sum + closest;
  }, 0);
}

/**
 * The name or alias the person meant: the one whose words are closest to the typed words, and
 * among equals the one closest to the whole typed text ("Shanghai Overseas Returnees
 * Association" is the alias, not the name with the same words in another order).
 */
export function bestMatchingName(entity: EntityRecord, text: string): string {
  const words = searchWords(text).map((word) => word.toLowerCase());
  const typed = words.join(' ');
  const ranked = [entity.name, ...entity.aliases, ...entity.curatorAliases].map((name) => ({
    name,
    words: wordDistance(name, words),
    whole: editDistance(typed, name.toLowerCase()),
  }));
  ranked.sort((a, b) => a.words - b.words || a.whole - b.whole);
  return ranked[0]?.name ?? entity.name;
}

const NAMES_READ = propertiesForFields(['aliases', 'curatorAliases']);

/**
 * Full-text search over every form of the names (see graph-schema's search keys). A hit one of
 * whose keys is exactly what was typed (the abbreviation "CAS", the name "裴钢") comes first;
 * otherwise the index's relevance orders. Empty or punctuation-only text finds nothing.
 */
export async function searchEntities(
  executor: Executor,
  text: string,
  kinds: readonly EntityKind[] | undefined,
  first: number | null | undefined,
  reading: PlannedReading,
): Promise<SearchHit[]> {
  const size = boundedCount(first, {
    argument: 'first',
    min: 0,
    max: API_LIMITS.search.max,
    limit: 'Search result',
  });
  const query = buildSearchQuery(text);
  if (!query || size === 0) return [];
  // Which name matched, and whether exactly, is decided from all of a hit's names.
  const plan = {
    ...reading.plan,
    properties: mergeProperties(reading.plan.properties, NAMES_READ),
  };
  const hits = await searchEntityNames(executor, query, kinds, size, plan);
  const forms = new Set(searchFormsOf(searchWords(text).join(' ')));
  return hits
    .map((hit) => {
      const entity = reading.prime(hit.entity);
      return {
        hit: { entity, score: hit.score, matched: bestMatchingName(entity, text) },
        exact: searchKeysOf(entity).some((key) => forms.has(key)),
      };
    })
    .sort((a, b) => Number(b.exact) - Number(a.exact))
    .map(({ hit }) => hit);
}
