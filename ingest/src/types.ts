import type { EntityKind, InstitutionKind, PlaceKind, RelationType } from '@guanxi/graph-schema';

/*
 * The pipeline's contract: what goes in (a text and the graph's names) and what comes out (a
 * proposal of candidates, each with the spans that state it and the rule that found it). Every
 * stage is a pure function; nothing here touches a database.
 */

/** An entity already in the graph, as the matcher sees it. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  institutionKind?: InstitutionKind;
  placeKind?: PlaceKind;
  /** Offices and memberships it holds (people) — evidence for "same title at the same body". */
  ties?: readonly { type: RelationType; title?: string; bodyId: string }[];
}

export interface IngestText {
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
}

/** A span of the text: UTF-16 code units, half-open, so `text.slice(start, end) === quote`. */
export interface TextSpan {
  quote: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** A line that is not a sentence (photo credit, caption, byline): never a source of entities. */
  noise: boolean;
}

export interface EntityCandidateDraft {
  /** Stable within one proposal ("e1", "e2" …). */
  key: string;
  kind: EntityKind;
  /** The most complete name the text uses. */
  name: string;
  /** Every other name for it in this text, abbreviations included. */
  aliases: string[];
  /** Every mention in the text. */
  evidence: TextSpan[];
  /** Required by the graph model for institutions and places. */
  institutionKind?: InstitutionKind;
  placeKind?: PlaceKind;
  /** Events: as much of an ISO date as the text gives. */
  date?: string;
  /** Events: the edition an ordinal in the name gives ("the 13th Symposium" → 13). */
  edition?: number;
  /** People: the honorific the text writes before the name ("Mr."). */
  honorific?: string;
  /** The existing entity it is proposed to be, with why; absent: a new entity. */
  match?: { entityId: string; reasons: string[] };
  /** 0–1: how sure the rules are that this is an entity of this kind (and this match). */
  confidence: number;
  /** The rule(s) that found it, versioned: "person.honorific@1". */
  rule: string;
}

export interface RelationshipCandidateDraft {
  key: string;
  type: Exclude<RelationType, 'MENTIONED'>;
  /** Entity candidate keys. */
  from: string;
  to: string;
  /** The type's own properties as graph-schema defines them (title, role …). */
  properties: Record<string, unknown>;
  evidence: TextSpan[];
  confidence: number;
  rule: string;
}

export interface Proposal {
  pipelineVersion: string;
  sentences: Sentence[];
  entities: EntityCandidateDraft[];
  relationships: RelationshipCandidateDraft[];
}
