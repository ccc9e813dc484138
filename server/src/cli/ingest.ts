import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { API_LIMITS } from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import { UserFacingError } from '../errors';
import { previewCommit } from '../services/ingest-draft';
import { commitIngest } from '../services/ingest-commit-service';
import { decideIngest } from '../services/ingest-decision-service';
import { proposeIngest, mustReadIngestDraft } from '../services/ingest-service';
import { checkArticleText } from '../services/ingest-text';
import { CliError, displayPath, EXIT, openDatabase } from './database';
import { parseCommandLine, runCli } from './run-cli';

const USAGE = `usage: npm run ingest -- article.txt [--title "…"] [--url …] [--published-at YYYY-MM-DD]
                          [--accept-above 0.9] [--json] [--data-dir .data/neo4j]

Proposes a graph update from a plain-text article: the text is stored as a source and every
entity and relationship the pipeline finds becomes a candidate for review (in the explorer's
Ingest screen, or with the ingestDraft/decideIngest/commitIngest GraphQL operations).

--accept-above C  accepts the candidates with confidence ≥ C (0–1) and commits them at once,
                  in one transaction: all of them are written, or none.
--json            prints the draft (and the commit) as JSON instead of a summary.`;

/** Files the pipeline will not read: what `checkArticleText` refuses, caught before reading. */
async function readArticle(file: string): Promise<string> {
  const info = await stat(file).catch(() => {
    throw new CliError(`Cannot read ${file}: no such file.`, EXIT.invalidFile);
  });
  // UTF-16 code units never exceed UTF-8 bytes, so a file this large is over the limit for sure.
  if (info.size > API_LIMITS.ingest.maxChars * 4) {
    throw new CliError(
      `${displayPath(file)} is ${info.size} bytes: too large to be one article.`,
      EXIT.invalidFile,
    );
  }
  const text = await readFile(file, 'utf8');
  try {
    checkArticleText(text);
  } catch (error) {
    if (error instanceof UserFacingError)
      throw new CliError(`${displayPath(file)}: ${error.message}`, EXIT.invalidFile);
    throw error;
  }
  return text;
}

function confidenceOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) {
    throw new CliError(
      `--accept-above takes a confidence from 0 to 1, got "${value}".\n\n${USAGE}`,
      EXIT.usage,
    );
  }
  return number;
}

await runCli(async () => {
  const { options, positionals } = parseCommandLine(
    {
      title: { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      'accept-above': { type: 'string' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
    USAGE,
  );
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError(USAGE, EXIT.usage);
  const acceptAbove = confidenceOption(options['accept-above']);
  // Everything that can be refused is refused before a database is opened.
  const text = await readArticle(file);

  const database = await openDatabase(options['data-dir']);
  const actor: Actor = { label: `cli:${userInfo().username}`, scope: 'write' };
  try {
    const draftId = await proposeIngest(database.executor, actor, {
      text,
      title: options.title,
      url: options.url,
      publishedAt: options['published-at'],
    }).catch((error: unknown) => {
      if (error instanceof UserFacingError) throw new CliError(error.message, EXIT.invalidFile);
      throw error;
    });
    let draft = await mustReadIngestDraft(database.executor, draftId);
    let commit;
    if (acceptAbove !== undefined) {
      const sure = [...draft.state.entities, ...draft.state.relationships].filter(
        (candidate) => candidate.confidence >= acceptAbove,
      );
      await decideIngest(
        database.executor,
        actor,
        draftId,
        sure.map((candidate) => ({ candidateId: candidate.key, decision: 'ACCEPTED' })),
      );
      commit = await commitIngest(database.executor, actor, draftId, (error) =>
        console.error(`The commit landed, but its scores were not refreshed: ${String(error)}`),
      );
      draft = await mustReadIngestDraft(database.executor, draftId);
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ draft, commit }, null, 2)}\n`);
      return;
    }
    const preview = previewCommit(draft.state);
    console.log(
      `Draft ${draftId} from ${displayPath(file)} (source ${draft.sourceId}): ` +
        `${draft.state.entities.length} entity and ${draft.state.relationships.length} relationship candidates.`,
    );
    if (commit) {
      console.log(
        `Committed the ${preview.entitiesToCreate + preview.entitiesToMatch} entities and ` +
          `${preview.relationshipsToWrite} relationships with confidence ≥ ${acceptAbove}: ` +
          `${commit.entitiesCreated} entities created, ${commit.entitiesMatched} matched, ` +
          `${commit.relationshipsCreated} relationships created, ${commit.relationshipsMatched} already there.`,
      );
    } else {
      console.log('Review it in the explorer (Ingest), then commit; nothing is in the graph yet.');
    }
  } finally {
    await database.close();
  }
});
