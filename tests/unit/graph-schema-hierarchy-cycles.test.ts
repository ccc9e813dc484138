import { describe, expect, it } from '@jest/globals';
import {
  findHierarchyCycles,
  formatProblem,
  type GraphFileInput,
  validateGraphFile,
} from '@guanxi/graph-schema';

describe('findHierarchyCycles', () => {
  it('finds a loop however far round, by the link that closes it', () => {
    expect(
      findHierarchyCycles([
        { type: 'PART_OF', from: 'a', to: 'b' },
        { type: 'PART_OF', from: 'b', to: 'c' },
        { type: 'MEMBER_OF', from: 'x', to: 'a' },
        { type: 'PART_OF', from: 'c', to: 'a' },
      ]),
    ).toEqual([{ index: 3, type: 'PART_OF', ids: ['a', 'b', 'c', 'a'] }]);
  });

  it('ignores trees, shared parents and loops across types or outside hierarchies', () => {
    expect(
      findHierarchyCycles([
        { type: 'PART_OF', from: 'a', to: 'root' },
        { type: 'PART_OF', from: 'b', to: 'root' },
        { type: 'PART_OF', from: 'c', to: 'a' },
        { type: 'PART_OF', from: 'c', to: 'b' },
        { type: 'LOCATED_IN', from: 'root', to: 'c' },
        { type: 'MEMBER_OF', from: 'p', to: 'q' },
        { type: 'MEMBER_OF', from: 'q', to: 'p' },
      ]),
    ).toEqual([]);
  });

  it('walks a chain of 100,000 links without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({
      type: 'LOCATED_IN' as const,
      from: `p${i}`,
      to: `p${i + 1}`,
    }));
    expect(findHierarchyCycles(chain)).toEqual([]);
    const loop = [...chain, { type: 'LOCATED_IN' as const, from: 'p100000', to: 'p0' }];
    expect(findHierarchyCycles(loop)).toMatchObject([{ index: 100_000 }]);
  });
});

describe('validateGraphFile and hierarchies', () => {
  const TEXT = 'The CPPCC Shanghai committee is part of the CPPCC.';
  const evidence = [{ sourceId: 'doc', quote: TEXT, start: 0, end: TEXT.length }];
  const body = (id: string, name: string) => ({
    id,
    kind: 'INSTITUTION' as const,
    name,
    institutionKind: 'advisory-body' as const,
    evidence,
  });
  const file = (relationships: GraphFileInput['relationships']): GraphFileInput => ({
    format: 'guanxi-graph/1',
    sources: [{ id: 'doc', title: 'A test document', text: TEXT }],
    entities: [body('cppcc', 'CPPCC'), body('cppcc-shanghai', 'CPPCC Shanghai Committee')],
    relationships,
  });
  const problemsOf = (input: GraphFileInput): string[] => {
    const result = validateGraphFile(input, () => undefined);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('refuses a body under itself, directly or round a loop', () => {
    expect(problemsOf(file([{ type: 'PART_OF', from: 'cppcc', to: 'cppcc', evidence }]))).toEqual([
      'relationships[0].to: PART_OF cannot link "cppcc" to itself',
    ]);
    expect(
      problemsOf(
        file([
          { type: 'PART_OF', from: 'cppcc-shanghai', to: 'cppcc', evidence },
          { type: 'PART_OF', from: 'cppcc', to: 'cppcc-shanghai', evidence },
        ]),
      ),
    ).toEqual([
      'relationships[1]: PART_OF would close a cycle: cppcc-shanghai → cppcc → cppcc-shanghai',
    ]);
  });

  it('accepts the body under its parent', () => {
    expect(
      problemsOf(file([{ type: 'PART_OF', from: 'cppcc-shanghai', to: 'cppcc', evidence }])),
    ).toEqual([]);
  });
});
