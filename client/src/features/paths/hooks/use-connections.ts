import { useQuery } from '../../../lib/use-query';
import type { PathQuery } from '../../../lib/url-state';
import { getConnections } from '../api/get-connections';

/** The paths for the current who-knows-whom question, reloaded when the question changes. */
export function useConnections(query: PathQuery | null) {
  const key = query ? `${query.from}>${query.to}|${query.maxHops}|${query.avoid.join(',')}` : null;
  return useQuery(key, (signal) => (query ? getConnections(query, signal) : Promise.resolve([])));
}
