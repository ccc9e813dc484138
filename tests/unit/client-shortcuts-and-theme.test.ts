import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES } from '@guanxi/graph-schema';
import { CombinedError } from '@urql/core';
import { KIND_VISUALS } from '../../client/src/config/kind-visuals';
import {
  COLORS,
  COMMUNITY_COLORS,
  PATH_COLORS,
  themeProperties,
} from '../../client/src/config/theme';
import { graphStylesheet } from '../../client/src/features/graph-canvas/lib/stylesheet';
import { toApiError } from '../../client/src/lib/graphql-client';
import {
  keyLabel,
  keyName,
  SHORTCUTS,
  shortcutFor,
  shortcutLabel,
} from '../../client/src/lib/shortcuts';

const press = (key: string, modifiers: { ctrl?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: false,
  shiftKey: modifiers.shift ?? false,
});

describe('keyboard shortcuts: one table', () => {
  it('names key presses the way the table writes them', () => {
    expect(keyName(press('Z', { ctrl: true, shift: true }))).toBe('mod+shift+z');
    expect(keyName(press('F10', { shift: true }))).toBe('shift+F10');
    expect(keyName(press('H', { shift: true }))).toBe('h');
  });

  it('finds the shortcut a press means, in its scope only', () => {
    expect(shortcutFor(press('z', { ctrl: true }), 'page')).toBe('undo');
    expect(shortcutFor(press('y', { ctrl: true }), 'page')).toBe('redo');
    expect(shortcutFor(press('Delete'), 'page')).toBe('hide');
    expect(shortcutFor(press('='), 'page')).toBe('zoomIn');
    expect(shortcutFor(press('Enter'), 'page')).toBeNull();
    expect(shortcutFor(press('Enter'), 'canvas')).toBe('expandNode');
    expect(shortcutFor(press('F10', { shift: true }), 'canvas')).toBe('nodeMenu');
    expect(shortcutFor(press('ArrowUp'), 'canvas')).toBe('previousNode');
  });

  it('no key means two things in one scope, and every key prints', () => {
    for (const scope of ['page', 'canvas'] as const) {
      const keys = SHORTCUTS.filter((s) => s.scope === scope).flatMap((s) => [...s.keys]);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(keyLabel('mod+shift+z')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('+')).toBe('+');
    expect(keyLabel('-')).toBe('−');
    expect(shortcutLabel('fit')).toBe('F');
    expect(shortcutLabel('redo')).toBe('Ctrl+Shift+Z');
  });
});

describe('theme: one source for the page and the canvas', () => {
  it('gives the page every colour and each kind its colour and ink', () => {
    const properties = themeProperties();
    expect(properties['--surface-muted']).toBe(COLORS.surfaceMuted);
    expect(properties['--ink']).toBe(COLORS.ink);
    for (const visual of KIND_VISUALS) {
      expect(properties[`--kind-${visual.kind.toLowerCase()}`]).toBe(visual.color);
      expect(properties[`--kind-${visual.kind.toLowerCase()}-ink`]).toBe(visual.ink);
    }
  });

  it('the canvas stylesheet uses only theme and kind colours', () => {
    const palette = new Set<string>([
      ...Object.values(COLORS),
      ...PATH_COLORS,
      ...COMMUNITY_COLORS,
      ...KIND_VISUALS.flatMap((visual) => [visual.color, visual.ink]),
    ]);
    const colours = JSON.stringify(graphStylesheet).match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.filter((colour) => !palette.has(colour))).toEqual([]);
  });
});

describe('API errors', () => {
  it('keeps the contract’s codes, and names what failed before the API could answer', () => {
    for (const code of API_ERROR_CODES) {
      const error = new CombinedError({
        graphQLErrors: [{ message: 'no', extensions: { code } }],
      });
      expect(toApiError(error)).toMatchObject({ code, message: 'no' });
    }
    const unknown = new CombinedError({
      graphQLErrors: [{ message: 'odd', extensions: { code: 'TEAPOT' } }],
    });
    expect(toApiError(unknown).code).toBe('SERVER');
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(toApiError(offline)).toMatchObject({ code: 'NETWORK' });
    const broken = new CombinedError({
      networkError: new Error('Bad Gateway'),
      response: { status: 502, statusText: 'Bad Gateway' },
    });
    expect(toApiError(broken)).toMatchObject({
      code: 'SERVER',
      message: 'The server answered 502 Bad Gateway.',
    });
  });
});
