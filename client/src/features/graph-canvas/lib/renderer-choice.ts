import { rendererOverride } from './test-hook';

export type CanvasRenderer = 'canvas' | 'webgl';

const webgl2Available = (): boolean =>
  document.createElement('canvas').getContext('webgl2') !== null;

/**
 * Cytoscape picks its renderer once, when it is created. Its WebGL renderer (experimental in
 * 3.34) draws from texture atlases and needs WebGL2; without it the canvas renderer draws.
 */
export function chooseRenderer(): CanvasRenderer {
  const wanted = rendererOverride() ?? 'canvas';
  return wanted === 'webgl' && webgl2Available() ? 'webgl' : 'canvas';
}
