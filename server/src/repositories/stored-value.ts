/** Neo4j property values as Guanxi stores them: scalars and lists of scalars, never null. */
export type StoredValue = string | number | boolean | string[] | number[];
export type StoredProperties = Record<string, StoredValue>;

/** Neo4j cannot store null: an absent optional field is an absent property. */
export const withoutAbsent = <T extends object>(
  record: T,
): { [K in keyof T]?: NonNullable<T[K]> } =>
  Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  ) as { [K in keyof T]?: NonNullable<T[K]> };
