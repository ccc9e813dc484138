import { describe, expect, it } from '@jest/globals';
import { formatProblem, type GraphFileInput, validateGraphFile } from '@guanxi/graph-schema';

const TEXT = 'Mr. Pei Gang, a member of the Chinese Academy of Sciences, hosted the symposium.';
const at = (quote: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = TEXT.indexOf(quote, start + 1);
  return { sourceId: 'doc', quote, start, end: start + quote.length };
};

function validFile(): GraphFileInput {
  return {
    format: 'guanxi-graph/1',
    sources: [{ id: 'doc', title: 'A test document', text: TEXT }],
    entities: [
      {
        id: 'pei-gang',
        kind: 'PERSON',
        name: 'Pei Gang',
        honorific: 'Mr.',
        evidence: [at('Pei Gang')],
      },
      {
        id: 'cas',
        kind: 'INSTITUTION',
        name: 'Chinese Academy of Sciences',
        aliases: ['CAS'],
        institutionKind: 'academy',
        evidence: [at('Chinese Academy of Sciences')],
      },
      { id: 'symposium', kind: 'EVENT', name: 'The symposium', evidence: [at('symposium')] },
    ],
    relationships: [
      {
        type: 'MEMBER_OF',
        from: 'pei-gang',
        to: 'cas',
        properties: { title: 'member' },
        evidence: [at('Pei Gang, a member of the Chinese Academy of Sciences')],
      },
      {
        type: 'PARTICIPATED_IN',
        from: 'pei-gang',
        to: 'symposium',
        properties: { role: 'host' },
        evidence: [at('hosted the symposium')],
      },
    ],
  };
}

const problemsOf = (input: unknown): string[] => {
  const result = validateGraphFile(input, () => undefined);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('validateGraphFile', () => {
  it('accepts a valid file and derives relationship ids', () => {
    const result = validateGraphFile(validFile(), () => undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.relationships.map((r) => r.id)).toEqual([
      'pei-gang--member-of--cas--member',
      'pei-gang--participated-in--symposium--host',
    ]);
    expect(result.graph.sources[0]!.text).toBe(TEXT);
  });

  it('reports every problem at once, each with its path and field', () => {
    const file = validFile();
    file.entities.push(
      // a second node for a name another entity already carries
      {
        id: 'cas-again',
        kind: 'INSTITUTION',
        name: 'CAS',
        institutionKind: 'academy',
        evidence: [at('Chinese Academy of Sciences')],
      },
      // a duplicate id and an unknown institution kind
      {
        id: 'cas',
        kind: 'INSTITUTION',
        name: 'Another academy',
        institutionKind: 'bank' as 'academy',
        evidence: [at('symposium')],
      },
    );
    file.entities[0]!.evidence = [
      { ...at('Pei Gang'), start: 0, end: 8 },
      { ...at('Pei Gang'), sourceId: 'nowhere' },
    ];
    file.relationships.push(
      { type: 'MEMBER_OF', from: 'pei-gang', to: 'no-such-body', evidence: [at('Pei Gang')] },
      { type: 'HELD_AT', from: 'pei-gang', to: 'symposium', evidence: [at('symposium')] },
      {
        type: 'PARTICIPATED_IN',
        from: 'pei-gang',
        to: 'symposium',
        properties: { role: 'keynote' },
        evidence: [at('symposium')],
      },
      {
        type: 'MEMBER_OF',
        from: 'pei-gang',
        to: 'cas',
        properties: { title: 'member' },
        evidence: [{ sourceId: 'doc', quote: 'a sentence nobody wrote', start: 3, end: 26 }],
      },
    );
    expect(problemsOf(file)).toEqual([
      'entities[0].evidence[0]: quote does not match the text at 0–8 (found at 4–12)',
      'entities[0].evidence[1].sourceId: no source has id "nowhere"',
      'entities[3].name: "CAS" already names entities[1] ("cas"): an entity named two ways must be one node with an alias',
      'entities[4].id: "cas" is already the id of entities[1]',
      expect.stringMatching(/^entities\[4\]\.institutionKind: .*"academy"/),
      'relationships[2].to: no entity has id "no-such-body"',
      'relationships[3].from: HELD_AT cannot join PERSON "pei-gang" to EVENT "symposium"; it joins EVENT → PLACE',
      expect.stringMatching(/^relationships\[4\]\.properties\.role: /),
      'relationships[5].evidence[0]: quote does not match the text at 3–26 (the quote is nowhere in the text)',
      'relationships[5]: relationship id "pei-gang--member-of--cas--member" is already taken by relationships[0]',
    ]);
  });

  it('rejects unknown fields, a wrong format and an unreadable text file', () => {
    const file = validFile() as GraphFileInput & Record<string, unknown>;
    file.format = 'guanxi-graph/2' as 'guanxi-graph/1';
    (file.entities[0] as Record<string, unknown>).honorfic = 'Mr.';
    file.sources = [{ id: 'doc', title: 'A test document', textFile: 'missing.txt' }];
    const problems = problemsOf(file);
    expect(problems).toEqual(
      expect.arrayContaining([
        'format: expected "guanxi-graph/1", got "guanxi-graph/2"',
        'entities[0].honorfic: unknown field',
        'sources[0].textFile: cannot read "missing.txt" (relative to the data file)',
      ]),
    );
  });

  it('names a record whose shape is wrong without hiding the rest of the file', () => {
    const file = validFile();
    (file.entities[2] as Record<string, unknown>).kind = 'CITY';
    file.relationships[0]!.to = 'nobody';
    const problems = problemsOf(file);
    expect(problems[0]).toMatch(/^entities\[2\]\.kind: /);
    expect(problems).toContain('relationships[0].to: no entity has id "nobody"');
    // The malformed entity still claims its id, so its relationships do not cascade into errors.
    expect(problems.some((p) => p.startsWith('relationships[1]'))).toBe(false);
  });
});
