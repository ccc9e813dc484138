import type { EntityKind, InstitutionKind, PlaceKind, TermId } from '@guanxi/graph-schema';

/** One place where the text names an entity, before mentions of one entity are merged. */
export interface Mention {
  kind: EntityKind;
  start: number;
  end: number;
  /** The name as written, without a leading "the"; for references, the word that refers. */
  name: string;
  rule: string;
  confidence: number;
  /** Index of the sentence it is in. */
  sentence: number;
  institutionKind?: InstitutionKind;
  placeKind?: PlaceKind;
  /** Events: the ordinal the name gives ("13th" → 13). */
  edition?: number;
  /** People: as written before the name ("Mr."). */
  honorific?: string;
  /** People: surname and given name in lower case, surname first, whatever order the text used. */
  personKey?: string;
  /** People: the family name, as written, for references by surname alone. */
  surname?: string;
  /** A reference by surname alone ("Mr. Pei", "Pei said"): resolved to an earlier full name. */
  surnameOnly?: boolean;
  /**
   * An event or body named by its head alone ("the symposium", "the department"): resolved to an
   * earlier named one.
   */
  anaphoric?: boolean;
  /** A body's name after "its"/"their": maybe the short form of a body named before in full. */
  possessive?: boolean;
  /** A part of the reported event named in lower case ("the opening ceremony"). */
  subEvent?: string;
  /** The body a name says it belongs to ("… of the Communist Party of China"). */
  parent?: Mention;
  /**
   * A body named with the ordinal of one of its terms ("the 12th National Committee of the
   * CPPCC"): the span keeps the ordinal; `id` only for a term whose dates are known. `body` is
   * the body as TERMS names it, which the mention then stands for, unless the graph holds the
   * numbered body as an entity of its own (the name keeps the ordinal).
   */
  term?: { ordinal: number; id?: TermId; body?: string };
  /** The gazetteer entry whose name or alias this mention is, exactly. */
  gazetteerId?: string;
}

/** Whether two mentions share a character of the text. */
export const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;
