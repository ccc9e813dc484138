import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatSoakReport, runSoak } from '../../bench/soak-load';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/** `npm run soak`, 30 seconds of it: no operation may fail. Latency is reported, never asserted. */
const SECONDS = Number(process.env.GUANXI_SOAK_SECONDS ?? 30);

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

describe('soak', () => {
  it(
    `serves ${SECONDS} s of mixed reads and writes over HTTP without an error`,
    async () => {
      const report = await runSoak({
        connection: db.connection,
        durationMs: SECONDS * 1000,
        ratePerSecond: 10,
      });
      process.stderr.write(`\n${formatSoakReport(report)}\n`);
      expect(report.errorSamples).toEqual([]);
      expect(report.errors).toBe(0);
      expect(report.dropped).toBe(0);
      expect(report.operations).toBeGreaterThan(SECONDS * 5);
      for (const name of [
        'search',
        'node',
        'neighborhood',
        'connections',
        'affiliations',
        'createEntity',
        'updateEntity',
        'link',
        'unlink',
      ]) {
        expect({ name, seen: (report.perOperation[name]?.count ?? 0) > 0 }).toEqual({
          name,
          seen: true,
        });
      }
    },
    SECONDS * 1000 + 60_000,
  );
});
