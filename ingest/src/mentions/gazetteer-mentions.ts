import { itemAt } from '../text/checked';
import type { GazetteerEntry } from '../types';
import { PhraseIndex } from '../text/phrase-index';
import type { Token } from '../text/tokens';
import type { Mention } from './mention';
import { personNameParts } from './people';

/*
 * Every name and alias already in the graph, found where the text writes it exactly (apostrophe
 * style aside). A name two entries share is left to the rules and the matcher: the text alone
 * cannot say which one it is.
 */

const RULE = 'gazetteer.exact-name@1';

export class GazetteerIndex {
  private readonly index = new PhraseIndex<GazetteerEntry>(true);

  constructor(entries: readonly GazetteerEntry[]) {
    const owners = new Map<string, GazetteerEntry | null>();
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const owner = owners.get(name);
        owners.set(name, owner === undefined || owner?.id === entry.id ? entry : null);
      }
    }
    for (const [name, entry] of owners) if (entry) this.index.add(name, entry);
  }

  findAll(text: string, tokens: readonly Token[], sentence: number): Mention[] {
    return this.index.findAll(tokens).map(({ from, to, value }) => {
      const start = itemAt(tokens, from).start;
      const end = itemAt(tokens, to - 1).end;
      return {
        kind: value.kind,
        start,
        end,
        name: text.slice(start, end),
        rule: RULE,
        confidence: 0.85,
        sentence,
        gazetteerId: value.id,
        ...(value.institutionKind ? { institutionKind: value.institutionKind } : {}),
        ...(value.placeKind ? { placeKind: value.placeKind } : {}),
        ...(value.kind === 'PERSON' ? personNameParts(text.slice(start, end)) : {}),
      };
    });
  }
}
