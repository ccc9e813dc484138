import { computeLayout } from './layout-computation';
import type { LayoutReply, LayoutRequest } from './layout-messages';

/** The part of a dedicated worker's global scope this worker uses (the client compiles for DOM). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(reply: LayoutReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

// Requests are answered one at a time, in order; a long one never blocks the page.
scope.onmessage = ({ data }) =>
  computeLayout(data, (reply) => scope.postMessage(reply, [reply.positions.buffer]));
