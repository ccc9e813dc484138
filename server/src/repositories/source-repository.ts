import { z } from 'zod';
import type { QueryRunner } from '../db/executor';

/** A source document without its (possibly long) text. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  note?: string;
}

const SourceRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullish(),
  publishedAt: z.string().nullish(),
  url: z.string().nullish(),
  note: z.string().nullish(),
  text: z.string().nullish(),
});

/** Returns a source node as a map `parseSource` understands; its text only when asked for. */
export const sourceProjection = (variable: string, withText: boolean): string =>
  `${variable} { .id, .title, .publisher, .publishedAt, .url, .note${withText ? ', .text' : ''} }`;

export interface SourceWithText {
  source: SourceRecord;
  /** Undefined when the text was not read. */
  text?: string;
}

/** Parses one projected source. */
export function parseSource(value: unknown): SourceWithText {
  const row = SourceRowSchema.parse(value);
  return {
    source: {
      id: row.id,
      title: row.title,
      publisher: row.publisher ?? undefined,
      publishedAt: row.publishedAt ?? undefined,
      url: row.url ?? undefined,
      note: row.note ?? undefined,
    },
    text: row.text ?? undefined,
  };
}

/** Sources by id, in the order asked, null where none has that id. */
export async function readSourcesByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<(SourceRecord | null)[]> {
  const rows = await runner.run(
    'readSourcesByIds',
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     RETURN ${sourceProjection('s', false)} AS source`,
    { ids },
  );
  const byId = new Map<string, SourceRecord>();
  for (const row of rows) {
    const { source } = parseSource(row.get('source'));
    byId.set(source.id, source);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

/** One source by id, with its text when the selection reads it; undefined when none has it. */
export async function readSourceById(
  runner: QueryRunner,
  id: string,
  withText: boolean,
): Promise<SourceWithText | undefined> {
  const [row] = await runner.run(
    'readSourceById',
    `MATCH (s:Source {id: $id}) RETURN ${sourceProjection('s', withText)} AS source`,
    { id },
  );
  return row ? parseSource(row.get('source')) : undefined;
}

/** The full texts of sources, in the order asked, null where none has that id. */
export async function readSourceTextsByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<(string | null)[]> {
  const rows = await runner.run(
    'readSourceTextsByIds',
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     RETURN s.id AS id, s.text AS text`,
    { ids },
  );
  const texts = new Map(rows.map((row) => [String(row.get('id')), row.get('text') as unknown]));
  return ids.map((id) => {
    const text = texts.get(id);
    return typeof text === 'string' ? text : null;
  });
}

/** The source that already holds exactly this text, if any: the same article is one source. */
export async function findSourceIdByChecksum(
  runner: QueryRunner,
  checksum: string,
): Promise<string | undefined> {
  const [row] = await runner.run(
    'findSourceByChecksum',
    `MATCH (s:Source {checksum: $checksum}) RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    { checksum },
  );
  return row ? String(row.get('id')) : undefined;
}
