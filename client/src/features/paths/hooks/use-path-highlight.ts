import { useMemo, useState } from 'react';
import type { FoundPath } from '../../../lib/found-path';

/**
 * What the canvas lights of an answer: every path, or the one a reader isolated. Isolation
 * belongs to the answer it was chosen in; a new answer shows all its paths again.
 */
export function usePathHighlight(paths: readonly FoundPath[] | null) {
  const [isolation, setIsolation] = useState<{
    paths: readonly FoundPath[];
    index: number;
  } | null>(null);
  const isolated = isolation && isolation.paths === paths ? isolation.index : null;
  const highlight = useMemo(
    () =>
      paths && paths.length > 0
        ? {
            paths: paths.map((path) => ({
              nodeIds: new Set(path.nodes.map((node) => node.id)),
              edgeIds: new Set(path.hops.map((hop) => hop.relationshipId)),
            })),
            isolated,
          }
        : null,
    [paths, isolated],
  );
  const toggleIsolation = (index: number) => {
    if (paths) setIsolation(isolated === index ? null : { paths, index });
  };
  return { highlight, isolated, toggleIsolation };
}
