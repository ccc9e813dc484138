import type { Evidence, Source } from '@guanxi/graph-schema';

const SENTENCES_PER_SOURCE = 2000;

interface OpenSource {
  id: string;
  sentences: string[];
  length: number;
}

/**
 * The synthetic documents the synthetic facts are quoted from. Every fact is written as a
 * sentence, and its evidence points at that sentence (or at a name inside it), so a synthetic
 * quote really indexes into its source text just as a curated one does.
 */
export class SyntheticCorpus {
  private readonly closed: OpenSource[] = [];
  private current: OpenSource | undefined;

  constructor(private readonly runLabel: string) {}

  /** Adds a sentence and returns evidence for `quoted`, a part of it (the whole by default). */
  state(sentence: string, quoted: string = sentence): Evidence {
    const source = this.openSource();
    const offsetInSentence = sentence.indexOf(quoted);
    if (offsetInSentence === -1) throw new Error(`"${quoted}" is not part of "${sentence}"`);
    const separator = source.sentences.length === 0 ? '' : ' ';
    const start = source.length + separator.length + offsetInSentence;
    source.sentences.push(sentence);
    source.length += separator.length + sentence.length;
    return { sourceId: source.id, quote: quoted, start, end: start + quoted.length };
  }

  sources(): Source[] {
    const all = this.current ? [...this.closed, this.current] : this.closed;
    return all.map((source, index) => ({
      id: source.id,
      title: `Synthetic document ${index + 1} (${this.runLabel})`,
      note: 'Generated text: every sentence states one synthetic fact. Not a real document.',
      text: source.sentences.join(' '),
      method: 'synthetic',
    }));
  }

  private openSource(): OpenSource {
    if (this.current && this.current.sentences.length < SENTENCES_PER_SOURCE) return this.current;
    if (this.current) this.closed.push(this.current);
    const number = this.closed.length + 1;
    this.current = {
      id: `synthetic-document-${String(number).padStart(5, '0')}`,
      sentences: [],
      length: 0,
    };
    return this.current;
  }
}
