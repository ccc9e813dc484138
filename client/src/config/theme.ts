import { KIND_VISUALS } from './kind-visuals';

/**
 * The explorer's colours and type, in one place. The canvas stylesheet reads them here; the
 * page's CSS reads them as custom properties (`--ink`, `--kind-industry`…) that `applyTheme`
 * sets on the document before the first render.
 */
export const COLORS = {
  bg: '#f5f6f8',
  surface: '#ffffff',
  surfaceMuted: '#f9fafb',
  border: '#e1e4e8',
  borderStrong: '#c9ced6',
  ink: '#1f2933',
  inkSoft: '#52606d',
  inkFaint: '#7b8794',
  inkMuted: '#8a94a3',
  accent: '#1c4e80',
  accentStrong: '#173f68',
  accentSoft: '#e8eff7',
  accentMuted: '#6b8fb8',
  path: '#d9822b',
  pathInk: '#8a4b0f',
  danger: '#a23b32',
  dangerSoft: '#fbeceb',
  dangerBorder: '#e7b7b2',
  highlight: '#ffe6b3',
  edge: '#b8c0cc',
  edgeLabelBackground: '#f7f8fa',
  canvasDot: '#dfe3e8',
} as const;

/**
 * One colour per path of a who-knows-whom answer, the same on its card and on the canvas; apart
 * from the kinds' colours and the selection's blue. Answers longer than this reuse them in turn.
 */
export const PATH_COLORS = ['#d9822b', '#0f8fa3', '#8e44ad', '#c2417a', '#6b7a0f'] as const;

/**
 * One colour per community when nodes are coloured by community, largest community first; apart
 * from the selection's blue. Pictures with more communities reuse them in turn.
 */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

const kebab = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every custom property the stylesheets use, with its value. */
export function themeProperties(): Record<string, string> {
  const properties: Record<string, string> = { '--font': FONT_FAMILY };
  for (const [name, value] of Object.entries(COLORS)) properties[`--${kebab(name)}`] = value;
  for (const visual of KIND_VISUALS) {
    const name = `--kind-${visual.kind.toLowerCase()}`;
    properties[name] = visual.color;
    properties[`${name}-ink`] = visual.ink;
  }
  return properties;
}

export function applyTheme(root: HTMLElement): void {
  for (const [name, value] of Object.entries(themeProperties()))
    root.style.setProperty(name, value);
}
