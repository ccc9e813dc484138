import { KindIcon } from '../../../components/kind-icon';
import { KIND_VISUALS } from '../../../config/kind-visuals';
import './legend.css';

/** Which shape and colour stands for which kind, always in view over the canvas. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {KIND_VISUALS.map((visual) => (
        <li key={visual.kind}>
          <KindIcon kind={visual.kind} />
          {visual.label}
        </li>
      ))}
    </ul>
  );
}
