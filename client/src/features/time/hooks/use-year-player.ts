import { useEffect, useEffectEvent, useState } from 'react';
import type { YearRange } from '../lib/year-range';

const STEP_MS = 1000;

/**
 * Plays the years: from the chosen one (or the first, when none is chosen or the last is) to
 * the last, one a second, then stops.
 */
export function useYearPlayer(
  range: YearRange,
  chosen: number | null,
  onYear: (year: number) => void,
) {
  const [playing, setPlaying] = useState(false);
  const running = playing && chosen !== null && chosen < range.max;
  const step = useEffectEvent(() => {
    if (chosen !== null) onYear(chosen + 1);
  });

  // Each year shown starts the next one's second.
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(step, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [running, chosen]);

  return {
    running,
    toggle: () => {
      if (running) {
        setPlaying(false);
        return;
      }
      setPlaying(true);
      if (chosen === null || chosen >= range.max) onYear(range.min);
    },
    stop: () => setPlaying(false),
  };
}
