import {
  ENTITY_LABEL,
  type EntityKind,
  kindOfLabel,
  type RelationType,
} from '@guanxi/graph-schema';
import type { QueryRunner } from '../db/executor';

export interface GazetteerRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  ties: { type: RelationType; title?: string; bodyId: string }[];
}

/**
 * Every entity's names, and each person's offices and memberships: what the ingest matcher
 * needs to recognise an entity already in the graph and to say why.
 */
export async function readGazetteer(runner: QueryRunner): Promise<GazetteerRow[]> {
  const rows = await runner.run(
    'readGazetteer',
    `MATCH (n:${ENTITY_LABEL})
     RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases,
       COLLECT {
         MATCH (n)-[r:HOLDS_POSITION|MEMBER_OF]->(b:${ENTITY_LABEL})
         RETURN {type: type(r), title: r.title, bodyId: b.id}
       } AS ties`,
  );
  return rows.flatMap((row) => {
    const kind = (row.get('labels') as string[]).map(kindOfLabel).find((k) => k !== undefined);
    if (!kind) return [];
    const ties = (
      row.get('ties') as { type: RelationType; title: string | null; bodyId: string }[]
    ).map(({ type, title, bodyId }) =>
      title === null ? { type, bodyId } : { type, title, bodyId },
    );
    return [
      {
        id: String(row.get('id')),
        kind,
        name: String(row.get('name')),
        aliases: row.get('aliases') as string[],
        ties,
      },
    ];
  });
}
