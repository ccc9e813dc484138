import { describe, expect, it } from '@jest/globals';
import { propose, type Proposal } from '@guanxi/ingest';

/** Each relationship's quotes, keyed "TYPE from → to (title or role)". */
function quotes(proposal: Proposal): Record<string, string[]> {
  const name = new Map(proposal.entities.map((e) => [e.key, e.name]));
  return Object.fromEntries(
    proposal.relationships.map((r) => [
      `${r.type} ${name.get(r.from)} → ${name.get(r.to)}${r.properties.title || r.properties.role ? ` (${String(r.properties.title ?? r.properties.role)})` : ''}`,
      r.evidence.map((span) => span.quote),
    ]),
  );
}

describe('the first quote of a proposed relationship states it', () => {
  it('an office later in an appositive chain is quoted from the person’s name on', () => {
    const text =
      'Mr. Wan Gang, Vice Chairman of the 12th National Committee of the Chinese People’s Political Consultative Conference, Chairman of the China Association for Science and Technology, and Chairman of the Central Committee of the Zhigong Party, gave the opening remarks.';
    const found = quotes(propose({ text }, []));
    expect(
      found['HOLDS_POSITION Wan Gang → China Association for Science and Technology (chairman)'],
    ).toEqual([
      'Wan Gang, Vice Chairman of the 12th National Committee of the Chinese People’s Political Consultative Conference, Chairman of the China Association for Science and Technology',
    ]);
  });

  it('an organiser is quoted with the event and the verb, not the verb phrase or the event alone', () => {
    const text = [
      'The 7th Forum on Green Cities was held on Sunday at the Shanghai Science Hall.',
      'Led by the Shanghai Science and Technology Commission and the Shanghai Association of Overseas Returnees, the forum is co-organized by Fudan University, Tongji University, and the Shanghai Youth Intellectuals Friendship Association.',
    ].join('\n\n');
    const found = quotes(propose({ text }, []));
    const event = '7th Forum on Green Cities';
    expect(
      found[
        `ORGANIZED Shanghai Youth Intellectuals Friendship Association → ${event} (co-organiser)`
      ],
    ).toEqual([
      'the forum is co-organized by Fudan University, Tongji University, and the Shanghai Youth Intellectuals Friendship Association',
    ]);
    expect(found[`ORGANIZED Tongji University → ${event} (co-organiser)`]![0]).toBe(
      'the forum is co-organized by Fudan University, Tongji University',
    );
    expect(
      found[`ORGANIZED Shanghai Science and Technology Commission → ${event} (lead)`]![0],
    ).toBe(
      'Led by the Shanghai Science and Technology Commission and the Shanghai Association of Overseas Returnees, the forum',
    );
    expect(found[`HELD_AT ${event} → Shanghai Science Hall`]).toEqual([
      'The 7th Forum on Green Cities was held on Sunday at the Shanghai Science Hall',
    ]);
  });

  it('a participant is quoted from the name to the role, in one sentence', () => {
    const text =
      'The 7th Forum on Green Cities opened on Sunday. Pei Gang, a member of the Chinese Academy of Sciences and president of the Shanghai Association of Overseas Returnees, hosted the opening ceremony of the forum.';
    const found = quotes(propose({ text }, []));
    expect(
      found['HOLDS_POSITION Pei Gang → Shanghai Association of Overseas Returnees (president)'],
    ).toEqual([
      'Pei Gang, a member of the Chinese Academy of Sciences and president of the Shanghai Association of Overseas Returnees',
    ]);
    const [hosting] = Object.entries(found).filter(([key]) =>
      /^PARTICIPATED_IN Pei Gang/.test(key),
    );
    expect(hosting![1][0]).toBe(
      'Pei Gang, a member of the Chinese Academy of Sciences and president of the Shanghai Association of Overseas Returnees, hosted the opening ceremony of the forum',
    );
    for (const evidence of Object.values(found))
      for (const quote of evidence) expect(quote).not.toContain('. ');
  });

  it('keeps the rule’s quote when no sentence names both ends', () => {
    const text =
      'The 7th Forum on Green Cities opened on Sunday. The event was led by the Shanghai Science and Technology Commission.';
    const found = quotes(propose({ text }, []));
    expect(
      found[
        'ORGANIZED Shanghai Science and Technology Commission → 7th Forum on Green Cities (lead)'
      ],
    ).toEqual(['led by the Shanghai Science and Technology Commission']);
  });
});
