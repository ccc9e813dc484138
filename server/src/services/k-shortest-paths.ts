import type { EntityRecord } from '../repositories/entity-record';
import type { FoundPath, PathSearch } from '../repositories/path-repository';
import type { RelationRecord } from '../repositories/relation-record';

/** Runs shortest-path searches, all towards the same target, as one batch: each search's `best`. */
export type SearchBatch = (searches: readonly PathSearch[], best: number) => Promise<FoundPath[]>;

export interface KShortestQuery {
  from: string;
  maxHops: number;
  first: number;
  avoid: readonly string[];
}

export interface RankedPath {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

const idsOf = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);
const nodeKey = (path: RankedPath): string => idsOf(path.nodes).join('>');

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const [left = '', right = ''] = [a[index], b[index]];
    if (left !== right) return left < right ? -1 : 1;
  }
  return a.length - b.length;
}

/** Shorter first; among equals by the entities along them, then by the relationships taken. */
const byRank = (a: RankedPath, b: RankedPath): number =>
  a.relations.length - b.relations.length ||
  compareIds(idsOf(a.nodes), idsOf(b.nodes)) ||
  compareIds(idsOf(a.relations), idsOf(b.relations));

/**
 * The `first` shortest simple paths with distinct entity sequences, in rank order: Yen's
 * k-shortest-paths over bidirectional searches, taken a whole length at a time.
 *
 * One search finds every shortest path. Only when fewer than `first` differ does a batch of spur
 * searches follow: from each node of each path of the length just used up, the shortest way on
 * that leaves the path's root behind and takes no step already taken from that root. Each batch
 * yields every path of the next length (Yen's argument holds for each of them), so there is at
 * most one batch per further length within the bound: at most min(first, maxHops) − 1 batches
 * after the first search, each one statement. The ranking among equally short paths is exact as
 * long as each search lists all of them (the repository caps that listing).
 */
export async function kShortestPaths(
  searchBatch: SearchBatch,
  query: KShortestQuery,
): Promise<RankedPath[]> {
  const accepted: RankedPath[] = [];
  const acceptedKeys = new Set<string>();
  const candidates = new Map<string, RankedPath>();
  const offer = (paths: readonly RankedPath[]) => {
    for (const path of paths) {
      const key = nodeKey(path);
      if (acceptedKeys.has(key)) continue;
      const known = candidates.get(key);
      if (!known || byRank(path, known) < 0) candidates.set(key, path);
    }
  };

  offer(
    await searchBatch(
      [{ from: query.from, maxHops: query.maxHops, avoid: query.avoid, notFirst: [] }],
      query.first,
    ),
  );
  for (;;) {
    const ranked = [...candidates.values()].sort(byRank);
    const length = ranked[0]?.relations.length;
    if (length === undefined) break;
    const level = ranked.filter((path) => path.relations.length === length);
    for (const path of level.slice(0, query.first - accepted.length)) {
      accepted.push(path);
      acceptedKeys.add(nodeKey(path));
      candidates.delete(nodeKey(path));
    }
    // Enough; or every path of this length is taken and a longer one would break the bound.
    if (accepted.length === query.first || length === query.maxHops) break;
    const spurs = spurSearches(level, accepted, query);
    // A path behind `first − accepted` better ones of its own search can no longer be chosen.
    const found = await searchBatch(
      spurs.map((spur) => spur.search),
      query.first - accepted.length,
    );
    offer(joinRoots(found, spurs));
  }
  return accepted;
}

interface Spur {
  /** The accepted path's first nodes and relationships up to the spur node. */
  root: RankedPath;
  search: PathSearch;
}

function spurSearches(
  paths: readonly RankedPath[],
  accepted: readonly RankedPath[],
  query: KShortestQuery,
): Spur[] {
  const spurs = new Map<string, Spur>();
  const acceptedIds = accepted.map((other) => idsOf(other.nodes));
  for (const path of paths) {
    const nodeIds = idsOf(path.nodes);
    nodeIds.slice(0, -1).forEach((spurNode, index) => {
      const rootIds = nodeIds.slice(0, index + 1);
      const rootKey = rootIds.join('>');
      if (spurs.has(rootKey)) return;
      const taken = acceptedIds
        .filter((other) => other.slice(0, index + 1).join('>') === rootKey)
        .flatMap((other) => other[index + 1] ?? []);
      spurs.set(rootKey, {
        root: { nodes: path.nodes.slice(0, index + 1), relations: path.relations.slice(0, index) },
        search: {
          from: spurNode,
          maxHops: query.maxHops - index,
          avoid: [...query.avoid, ...rootIds.slice(0, index)],
          notFirst: [...new Set(taken)],
        },
      });
    });
  }
  return [...spurs.values()];
}

const joinRoots = (found: readonly FoundPath[], spurs: readonly Spur[]): RankedPath[] =>
  found.map((path) => {
    const root = spurs[path.search]?.root;
    if (!root) throw new Error(`a path search answered for search ${path.search}, never asked`);
    return {
      nodes: [...root.nodes, ...path.nodes.slice(1)],
      relations: [...root.relations, ...path.relations],
    };
  });
