import {
  API_LIMITS,
  type InstitutionKind,
  LABEL_OF_KIND,
  RELATION_TYPE_DEFINITIONS,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, limitExceeded, notFound } from '../errors';
import { readInterlockRows } from '../repositories/analysis-interlocks-repository';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationRecord } from '../repositories/relation-record';
import { boundedCount } from './bounded-count';
import type { Tie } from './affiliations-service';
import type { AnalysisReading } from './common-connections-service';

export interface SharedPerson {
  person: EntityRecord;
  /** Their offices and memberships at either body, by body name. */
  ties: Tie[];
}

export interface Interlock {
  /** The two bodies, in name order. */
  institutions: [EntityRecord, EntityRecord];
  sharedCount: number;
  people: SharedPerson[];
}

export interface InterlocksArgs {
  ids: readonly string[] | null | undefined;
  kinds: readonly InstitutionKind[] | null | undefined;
  /** As the client sent them; null only when it overrode the schema default with null. */
  minShared: number | null | undefined;
  first: number | null | undefined;
  peopleLimit: number | null | undefined;
}

const LIMITS = API_LIMITS.analysis.interlocks;

/** Absent: every body. Given: at least two distinct ones, pairs among them only. */
function checkIds(ids: readonly string[] | null | undefined): readonly string[] | null {
  if (!ids) return null;
  if (ids.length < LIMITS.ids.min) {
    throw badInput(
      `\`ids\` must name at least ${LIMITS.ids.min} institutions (or be left out for all), got ${ids.length}.`,
      { argument: 'ids' },
    );
  }
  if (ids.length > LIMITS.ids.max) {
    throw limitExceeded(
      `Institution limit exceeded: ids may name at most ${LIMITS.ids.max} institutions, got ${ids.length}. Leave ids out and filter by \`kinds\` instead.`,
      { argument: 'ids', limit: LIMITS.ids.max },
    );
  }
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw badInput(`\`ids\` names "${repeated}" twice.`, { argument: 'ids', id: repeated });
  }
  return ids;
}

/**
 * Institutional interlocks: pairs of bodies that share at least `minShared` people (an office or
 * a membership at each), ranked by how many, with those people and their titles. One statement.
 */
export async function findInterlocks(
  executor: Executor,
  args: InterlocksArgs,
  reading: AnalysisReading,
): Promise<Interlock[]> {
  const ids = checkIds(args.ids);
  if (args.kinds?.length === 0) {
    throw badInput('`kinds` must name at least one kind, or be left out for all.', {
      argument: 'kinds',
    });
  }
  const minShared = boundedCount(args.minShared, {
    argument: 'minShared',
    min: LIMITS.minShared.min,
    max: Number.MAX_SAFE_INTEGER,
    limit: 'Shared people',
  });
  const first = boundedCount(args.first, {
    argument: 'first',
    min: 1,
    max: LIMITS.first.max,
    limit: 'Interlock count',
  });
  const peopleCap = boundedCount(args.peopleLimit, {
    argument: 'peopleLimit',
    min: 0,
    max: LIMITS.people.max,
    limit: 'People',
  });
  const rows = await readInterlockRows(
    executor,
    { ids, kinds: args.kinds ?? null, minShared, first, peopleCap },
    reading.plan,
    reading.tieSources,
  );
  for (const id of ids ?? []) {
    const labels = rows.labelsById.get(id);
    if (!labels) throw notFound('institution', id);
    if (!labels.includes(LABEL_OF_KIND.INSTITUTION)) {
      throw badInput(`Interlocks are between institutions; "${id}" is not one.`, {
        argument: 'ids',
        id,
      });
    }
  }
  return rows.interlocks.map((row) => {
    const institutions = row.institutions.map(reading.prime) as [EntityRecord, EntityRecord];
    const bodyOf = (relation: RelationRecord): EntityRecord => {
      const body = institutions.find((institution) => institution.id === relation.to);
      if (!body) throw new Error(`relationship ${relation.id} leaves its pair`);
      return body;
    };
    return {
      institutions,
      sharedCount: row.shared,
      people: row.people.map((shared) => {
        const person = reading.prime(shared.person);
        return {
          person,
          ties: shared.ties.map(({ relation, sources }) => {
            reading.primeSources(sources);
            return {
              person,
              institution: bodyOf(relation),
              relation,
              label: RELATION_TYPE_DEFINITIONS[relation.type].label(relation.properties),
            };
          }),
        };
      }),
    };
  });
}
