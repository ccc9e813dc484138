import { type ResolvedSource, type Source, SourceSchema } from '@guanxi/graph-schema';
import { type StoredProperties, withoutAbsent } from './stored-value';

/** The one mapping between a source and its node: its fields as they are, text inline. */
export const sourceToStored = (source: ResolvedSource & { checksum: string }): StoredProperties =>
  withoutAbsent(source) as StoredProperties;

export const sourceFromStored = (properties: Record<string, unknown>): Source =>
  SourceSchema.parse(properties);
