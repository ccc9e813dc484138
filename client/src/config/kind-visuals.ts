import { ENTITY_KINDS, type EntityKind, KIND_DISPLAY } from '@guanxi/graph-schema';

/**
 * How each kind of entity looks, on the canvas and in the legend. Shape and colour both differ
 * so that the graph stays readable for people who do not tell the colours apart.
 */
export type KindShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-triangle';

export interface KindVisual {
  kind: EntityKind;
  label: string;
  plural: string;
  shape: KindShape;
  color: string;
  /** Darker shade of the colour for borders and text on light backgrounds. */
  ink: string;
}

const LOOK: Record<EntityKind, Pick<KindVisual, 'shape' | 'color' | 'ink'>> = {
  PERSON: { shape: 'ellipse', color: '#3f72af', ink: '#23466f' },
  INSTITUTION: { shape: 'round-rectangle', color: '#3d8c6e', ink: '#245641' },
  INDUSTRY: { shape: 'hexagon', color: '#c48a2c', ink: '#7a5313' },
  EVENT: { shape: 'diamond', color: '#b5534b', ink: '#74302a' },
  PLACE: { shape: 'round-triangle', color: '#7d6aa8', ink: '#4b3d70' },
};

export const KIND_VISUALS: readonly KindVisual[] = ENTITY_KINDS.map((kind) => ({
  kind,
  label: KIND_DISPLAY[kind].singular,
  plural: KIND_DISPLAY[kind].plural,
  ...LOOK[kind],
}));

export const kindVisual = (kind: EntityKind): KindVisual =>
  KIND_VISUALS.find((visual) => visual.kind === kind) ?? (KIND_VISUALS[0] as KindVisual);
