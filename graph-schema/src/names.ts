import { cappedList, uniqueBy } from './capped-list';
import { nameKey, singleLineText } from './normalised-text';
import { WRITE_LIMITS } from './write-limits';

/** What an entity is called, normalised (see singleLineText). */
export const NameSchema = singleLineText(WRITE_LIMITS.nameLength);

/** Every other name the sources use; repeats fold silently, in any case or spacing. */
export const AliasesSchema = cappedList(
  singleLineText(WRITE_LIMITS.aliasLength),
  WRITE_LIMITS.aliasCount,
  `too many aliases: at most ${WRITE_LIMITS.aliasCount}`,
)
  .overwrite((aliases) => uniqueBy(aliases, nameKey))
  .default([]);

/** An alias that only repeats the name says nothing: it is dropped. */
export const withoutNameAsAlias = <T extends { name: string; aliases: string[] }>(entity: T): T => {
  const key = nameKey(entity.name);
  return { ...entity, aliases: entity.aliases.filter((alias) => nameKey(alias) !== key) };
};
