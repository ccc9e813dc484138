import { checkGraph } from '@guanxi/graph-io';
import { type Executor, exportGraph } from '@guanxi/server';

/**
 * What must hold after any sequence of writes, however concurrent: unique ids, no self-links or
 * hierarchy cycles, no dangling evidence, mentions that match evidence, and a graph that
 * validates whole against graph-schema. Returns the broken ones, empty when all hold.
 */
export async function brokenInvariants(executor: Executor): Promise<string[]> {
  const problems: string[] = [];
  const rows = async (name: string, cypher: string) =>
    (await executor.run(name, cypher)).map((row) => row.toObject());
  for (const row of await rows(
    'duplicateEntityIds',
    'MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c',
  ))
    problems.push(`entity id ${String(row.id)} is on ${String(row.c)} nodes`);
  for (const row of await rows(
    'duplicateRelationshipIds',
    'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS type, r.id AS id, count(*) AS c WHERE c > 1 RETURN type, id, c',
  ))
    problems.push(`relationship id ${String(row.id)} is on ${String(row.c)} ${String(row.type)}`);
  for (const row of await rows(
    'relationshipsWithoutId',
    'MATCH (:Entity|Source)-[r]->(:Entity) WHERE r.id IS NULL RETURN type(r) AS type, count(*) AS c',
  ))
    problems.push(`${String(row.c)} ${String(row.type)} relationships have no id`);
  for (const row of await rows('selfLinks', 'MATCH (n)-[r]->(n) RETURN r.id AS id'))
    problems.push(`self-link ${String(row.id)}`);
  for (const row of await rows(
    'hierarchyCycles',
    'MATCH (n:Entity) WHERE EXISTS { (n)-[:PART_OF*1..]->(n) } OR EXISTS { (n)-[:LOCATED_IN*1..]->(n) } RETURN n.id AS id',
  ))
    problems.push(`${String(row.id)} is in a hierarchy cycle`);
  for (const row of await rows(
    'danglingEvidence',
    `MATCH (n:Entity) UNWIND n.evidenceSourceIds AS sourceId
     WITH n, sourceId WHERE NOT EXISTS { (:Source {id: sourceId}) }
     RETURN n.id AS id, sourceId`,
  ))
    problems.push(`${String(row.id)} quotes a missing source ${String(row.sourceId)}`);
  for (const row of await rows(
    'mentionsOffEvidence',
    `MATCH (n:Entity)
     OPTIONAL MATCH (s:Source)-[:MENTIONED]->(n)
     WITH n, collect(s.id) AS mentioned
     WHERE any(id IN n.evidenceSourceIds WHERE NOT id IN mentioned)
        OR any(id IN mentioned WHERE NOT id IN n.evidenceSourceIds)
     RETURN n.id AS id`,
  ))
    problems.push(`${String(row.id)}: MENTIONED links do not match its evidence`);
  const exported = await exportGraph(executor);
  const checked = checkGraph(exported, () => undefined);
  if (!checked.ok)
    problems.push(
      ...checked.problems.map((problem) => `invalid graph: ${problem.path}: ${problem.message}`),
    );
  return problems;
}
