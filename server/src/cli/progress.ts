import cliProgress from 'cli-progress';

/** Below this many rows a load is over before a bar would help. */
const BAR_THRESHOLD = 5000;

export interface Progress {
  onProgress?: (written: number, total: number) => void;
  stop(): void;
}

/** A progress bar on stderr, only for a person watching a terminal and only for large loads. */
export function progressBar(label: string, expectedRows: number): Progress {
  if (!process.stderr.isTTY || expectedRows < BAR_THRESHOLD) return { stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left`,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (written, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(written);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
