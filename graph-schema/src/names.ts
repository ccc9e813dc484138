import { cappedList, uniqueBy } from './capped-list';
import { nameKey, singleLineText } from './normalised-text';
import { WRITE_LIMITS } from './write-limits';

/** What an entity is called, normalised (see singleLineText). */
export const NameSchema = singleLineText(WRITE_LIMITS.nameLength);

const aliasList = (what: string) =>
  cappedList(
    singleLineText(WRITE_LIMITS.aliasLength),
    WRITE_LIMITS.aliasCount,
    `too many ${what}: at most ${WRITE_LIMITS.aliasCount}`,
  )
    .overwrite((aliases) => uniqueBy(aliases, nameKey))
    .default([]);

/** Every other name the sources use; repeats fold silently, in any case or spacing. */
export const AliasesSchema = aliasList('aliases');

/**
 * Standard names a curator added from outside the sources (the name in Chinese characters, say):
 * they make an entity findable but are no quote, so they are kept apart from `aliases`.
 */
export const CuratorAliasesSchema = aliasList('curator aliases');

/**
 * An alias that only repeats the name says nothing: it is dropped. So is a curator's alias that a
 * source already uses: the quoted name is the better provenance.
 */
export const withoutNameAsAlias = <
  T extends { name: string; aliases: string[]; curatorAliases: string[] },
>(
  entity: T,
): T => {
  const key = nameKey(entity.name);
  const aliases = entity.aliases.filter((alias) => nameKey(alias) !== key);
  const sourceNames = new Set([key, ...aliases.map(nameKey)]);
  return {
    ...entity,
    aliases,
    curatorAliases: entity.curatorAliases.filter((alias) => !sourceNames.has(nameKey(alias))),
  };
};
