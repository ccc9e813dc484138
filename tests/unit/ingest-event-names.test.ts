import { describe, expect, it } from '@jest/globals';
import { propose } from '@guanxi/ingest';

const text =
  'Mr. Zhou Wenbo, president of the Hangzhou Photonics Society, hosted the Forum on Quantum Chips on Monday at the Hangzhou Science Hall.\n\n' +
  'Ms. Lin Qiao, director of the Hangzhou Science Bureau, gave the opening remarks at the forum on May 18.\n';

describe('event names and the quotes of their roles', () => {
  const proposal = propose({ text }, []);
  it('ends an event name before the day or date it was held on', () => {
    const events = proposal.entities.filter((e) => e.kind === 'EVENT').map((e) => e.name);
    expect(events).toContain('Forum on Quantum Chips');
    expect(events.some((name) => /Monday|May/.test(name))).toBe(false);
  });

  it('quotes who did what in one span: the person through the clause', () => {
    const roles = proposal.relationships.filter((r) => r.type === 'PARTICIPATED_IN');
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) {
      expect(role.evidence).toHaveLength(1);
      expect(role.evidence[0]!.quote).toMatch(
        /^(Zhou Wenbo|Lin Qiao)[\s\S]*(hosted|opening remarks)/,
      );
    }
  });
});
