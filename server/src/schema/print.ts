import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index';

/** The SDL as committed in server/schema.graphql; a test compares the two. */
export const printSchemaSDL = (): string =>
  `${printSchema(lexicographicSortSchema(schema)).trimEnd()}\n`;
