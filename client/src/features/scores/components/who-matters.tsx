import type { RankedNode } from '../lib/ranking';
import { isScoreChoice, SCORE_CHOICES, type ScoreChoice } from '../lib/score-choice';
import './who-matters.css';

interface WhoMattersProps {
  sizeBy: ScoreChoice;
  onSizeBy(choice: ScoreChoice): void;
  byCommunity: boolean;
  onByCommunity(on: boolean): void;
  ranked: readonly RankedNode[];
  onPick(id: string): void;
}

// Degrees are counts; PageRank and betweenness are shares, read by their first figures.
const formatScore = (score: number): string =>
  Number.isInteger(score) ? String(score) : score.toPrecision(2);

/** Size and colour nodes by who matters, and the drawn nodes that matter most, one click away. */
export function WhoMatters(props: WhoMattersProps) {
  const { sizeBy, onSizeBy, byCommunity, onByCommunity, ranked, onPick } = props;
  return (
    <div className="who-matters">
      <label className="field-label" htmlFor="size-by">
        Size by
      </label>
      <select
        id="size-by"
        value={sizeBy}
        onChange={(event) => {
          if (isScoreChoice(event.target.value)) onSizeBy(event.target.value);
        }}
      >
        {SCORE_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <label className="community-toggle">
        <input
          type="checkbox"
          checked={byCommunity}
          onChange={(event) => onByCommunity(event.target.checked)}
        />
        Colour by community
      </label>
      {ranked.length > 0 && (
        <ol className="ranked-nodes" aria-label="Ranked by the chosen score">
          {ranked.map((node) => (
            <li key={node.id}>
              <button type="button" className="ranked-node" onClick={() => onPick(node.id)}>
                <span className="ranked-name">{node.name}</span>
                <span className="count">{formatScore(node.score)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
