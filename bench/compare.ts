import { runLoad } from './load';
import { summarise, type Timing } from './measure';
import type { ComparedOperation } from './operations/compared-operation';
import type { Contender } from './servers/contender';

export interface LoadSettings {
  /** Length of one measured run; each contender gets `rounds` of them. */
  seconds: number;
  rounds: number;
  /** Unmeasured load before the first round, per contender. */
  warmupSeconds: number;
}

export interface UnderLoad extends Timing {
  /** Successful answers a second, over all rounds. */
  throughput: number;
  failures: number;
}

interface Side {
  contender: Contender;
  request: ComparedOperation['guanxi'];
  latencies: number[];
  failures: number;
  seconds: number;
}

/**
 * Both contenders under the same closed-loop load, in alternating rounds (which goes first
 * alternates too), so that whatever else the machine does weighs on both. Warm-up excluded.
 */
export async function compareUnderLoad(
  operation: ComparedOperation,
  guanxi: Contender,
  peer: Contender,
  clients: number,
  settings: LoadSettings,
): Promise<{ guanxi: UnderLoad; peer: UnderLoad }> {
  const sides: [Side, Side] = [
    { contender: guanxi, request: operation.guanxi, latencies: [], failures: 0, seconds: 0 },
    { contender: peer, request: operation.peer, latencies: [], failures: 0, seconds: 0 },
  ];
  for (const side of sides) {
    await runLoad(side.contender.url, side.request, clients, settings.warmupSeconds);
  }
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const run = await runLoad(side.contender.url, side.request, clients, settings.seconds);
      side.latencies.push(...run.latencies);
      side.failures += run.failures;
      side.seconds += run.seconds;
    }
  }
  const figures = ({ latencies, failures, seconds }: Side): UnderLoad => ({
    ...summarise(latencies),
    throughput: latencies.length / seconds,
    failures,
  });
  return { guanxi: figures(sides[0]), peer: figures(sides[1]) };
}
