import type { Propose } from './evaluate';
import { evaluate } from './evaluate';
import { loadDevSet } from './gold';
import { mergingProposal, perfectProposal } from './oracle';
import { METRICS } from './score';

/**
 * The evaluation checked against itself: what it says of a proposal built from gold. Returns the
 * problems found (none when the scorer and the gold files agree). `devSetDir`: another labelled set
 * (`--set`), seed/ingest-dev by default.
 */
export async function selfCheck(devSetDir?: string): Promise<string[]> {
  const golds = loadDevSet(devSetDir);
  const byText = new Map(golds.map((gold) => [gold.text, gold]));
  const oracle =
    (build: typeof perfectProposal): Propose =>
    (input, gazetteer) => {
      const gold = byText.get(input.text);
      if (!gold) throw new Error('self-check: a text without gold');
      return build(gold, gazetteer);
    };
  const problems: string[] = [];

  const perfect = await evaluate({ devSetDir, propose: oracle(perfectProposal), timingRuns: 1 });
  for (const article of perfect.articles) {
    for (const m of METRICS) {
      const s = article.scores[m];
      if (s.fp + s.fn > 0) {
        problems.push(
          `perfect proposal, ${article.text}, ${m}: ${s.fp} fp, ${s.fn} fn — missed ${JSON.stringify(article.missed[m])}, spurious ${JSON.stringify(article.spurious[m])}`,
        );
      }
    }
    if (article.typeMismatches.length > 0) {
      problems.push(
        `perfect proposal, ${article.text}: type mismatches ${article.typeMismatches.join('; ')}`,
      );
    }
  }

  const merging = await evaluate({ devSetDir, propose: oracle(mergingProposal), timingRuns: 1 });
  for (const article of merging.articles) {
    const expected = golds.find((g) => g.id === article.id)?.notMatches.length ?? 0;
    if (article.wrongMerges.length !== expected || article.unexpectedMatches.length > 0) {
      problems.push(
        `forbidden merges, ${article.text}: ${article.wrongMerges.length} wrong merges counted, ${expected} made; unexpected ${JSON.stringify(article.unexpectedMatches)}`,
      );
    }
  }
  return problems;
}
