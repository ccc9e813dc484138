import { PanelSection } from '../../../components/panel-section';
import type { GraphEdge } from '../../../lib/explorer-graph';
import { useYearPlayer } from '../hooks/use-year-player';
import { useYearRange } from '../hooks/use-year-range';
import './time-slider.css';

interface TimeSliderProps {
  /** The drawn relationships, whose dates set the years offered. */
  edges: readonly GraphEdge[];
  /** The year the graph is read as of; null: all time. */
  year: number | null;
  onYear(year: number | null): void;
}

const yearText = (year: number | null): string => (year === null ? 'All time' : String(year));

/**
 * Reads the graph as of a year. The slider's first stop, one before the earliest year, is
 * "all time", so one keyboard-operable control covers both.
 */
export function TimeSlider({ edges, year, onYear }: TimeSliderProps) {
  const range = useYearRange(edges, year);
  const player = useYearPlayer(range, year, onYear);
  const allTime = range.min - 1;

  return (
    <PanelSection title="Time">
      <div className="time-slider">
        <label className="field-label" htmlFor="time-slider-year">
          As of <output htmlFor="time-slider-year">{yearText(year)}</output>
        </label>
        <input
          id="time-slider-year"
          type="range"
          min={allTime}
          max={range.max}
          step={1}
          value={year ?? allTime}
          aria-valuetext={yearText(year)}
          onChange={(event) => {
            player.stop();
            const chosen = Number(event.target.value);
            onYear(chosen === allTime ? null : chosen);
          }}
        />
        <div className="time-slider-scale" aria-hidden="true">
          <span>All time</span>
          <span>
            {range.min}–{range.max}
          </span>
        </div>
        <button type="button" className="button" onClick={player.toggle}>
          {player.running ? 'Pause' : 'Play the years'}
        </button>
        <p className="visually-hidden" aria-live="polite">
          {year === null ? 'Showing all time' : `Showing ${year}`}
        </p>
      </div>
    </PanelSection>
  );
}
