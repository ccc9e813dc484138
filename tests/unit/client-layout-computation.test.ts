import { describe, expect, it } from '@jest/globals';
import { computeLayout } from '../../client/src/features/graph-canvas/lib/layout-computation';
import type {
  LayoutReply,
  LayoutRequest,
} from '../../client/src/features/graph-canvas/lib/layout-messages';

/** A ring of `count` nodes with a spoke to every third one, all free unless listed in `fixed`. */
function ring(count: number, mode: LayoutRequest['mode'], fixed: string[] = []): LayoutRequest {
  const ids = Array.from({ length: count }, (_, index) => `n${String(index).padStart(3, '0')}`);
  return {
    id: 1,
    mode,
    nodes: ids.map((id, index) => ({
      id,
      width: 30,
      height: 30,
      x: index,
      y: 0,
      fixed: fixed.includes(id),
    })),
    edges: ids
      .flatMap((id, index) => [
        { source: id, target: ids[(index + 1) % count]! },
        ...(index % 3 === 0 ? [{ source: ids[0]!, target: id }] : []),
      ])
      .filter(({ source, target }) => source !== target),
  };
}

const layOut = (request: LayoutRequest): LayoutReply[] => {
  const replies: LayoutReply[] = [];
  computeLayout(request, (reply) => replies.push(reply));
  return replies;
};

describe('the layout worker’s computation', () => {
  it('answers the same positions for the same graph, every time', () => {
    const [first] = layOut(ring(60, 'fresh'));
    const [second] = layOut(ring(60, 'fresh'));
    expect(first!.stage).toBe('final');
    expect([...second!.positions]).toEqual([...first!.positions]);
    expect(new Set(first!.positions).size).toBeGreaterThan(100);
  });

  it('answers a draft before the final picture when staged', () => {
    const replies = layOut(ring(60, 'staged'));
    expect(replies.map((reply) => reply.stage)).toEqual(['draft', 'final']);
    expect([...replies[1]!.positions]).not.toEqual([...replies[0]!.positions]);
  });

  it('leaves fixed nodes where they are', () => {
    const request = ring(30, 'incremental', ['n000', 'n001']);
    const [reply] = layOut(request);
    expect([...reply!.positions.slice(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
