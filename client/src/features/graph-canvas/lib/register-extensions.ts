import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Cytoscape extensions register globally; doing it twice throws, so it happens once. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
