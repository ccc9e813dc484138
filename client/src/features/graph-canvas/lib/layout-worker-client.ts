import type { LayoutReply, LayoutRequest } from './layout-messages';

interface Pending {
  onDraft(positions: Float64Array): void;
  settle(positions: Float64Array | null): void;
  fail(error: Error): void;
}

export interface LayoutWorker {
  /**
   * Lays a graph out off the main thread. Resolves with the final positions, or with null when
   * a later fresh layout made this one pointless (its worker is stopped, not waited for).
   */
  lay(
    request: Omit<LayoutRequest, 'id'>,
    onDraft: (positions: Float64Array) => void,
  ): Promise<Float64Array | null>;
  dispose(): void;
}

const spawn = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'graph layout',
  });

export function startLayoutWorker(): LayoutWorker {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let worker = listen(spawn());

  function listen(started: Worker): Worker {
    started.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      if (data.stage === 'draft') return waiting.onDraft(data.positions);
      pending.delete(data.id);
      waiting.settle(data.positions);
    };
    started.onerror = (event) => {
      const error = new Error(`The layout worker failed: ${event.message}`);
      for (const waiting of pending.values()) waiting.fail(error);
      pending.clear();
    };
    return started;
  }

  function abandonPending(): void {
    if (pending.size === 0) return;
    worker.terminate();
    for (const waiting of pending.values()) waiting.settle(null);
    pending.clear();
    worker = listen(spawn());
  }

  return {
    lay(request, onDraft) {
      // A fresh picture replaces everything: whatever the worker is still busy with is stale.
      if (request.mode !== 'incremental') abandonPending();
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { onDraft, settle: resolve, fail: reject });
        worker.postMessage({ ...request, id } satisfies LayoutRequest);
      });
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
