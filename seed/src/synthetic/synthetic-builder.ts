import {
  type Entity,
  type Evidence,
  type RelationshipRecord,
  relationshipId,
  type RelationType,
} from '@guanxi/graph-schema';
import { SyntheticCorpus } from './corpus';
import { UniqueNames } from './unique-names';

export type SyntheticRelationship = RelationshipRecord & { id: string };
type EntityFields = {
  [K in Entity['kind']]: Omit<
    Extract<Entity, { kind: K }>,
    'aliases' | 'curatorAliases' | 'method' | 'evidence'
  >;
}[Entity['kind']];

/**
 * Collects synthetic entities and relationships, writing each one's sentence into the corpus so
 * that its evidence quotes real text. Relationships are unique by id; a repeat draw is dropped.
 */
export class SyntheticGraphBuilder {
  readonly entities: Entity[] = [];
  readonly relationships: SyntheticRelationship[] = [];
  readonly names = new UniqueNames();
  readonly corpus: SyntheticCorpus;
  private readonly relationshipIds = new Set<string>();

  constructor(runLabel: string) {
    this.corpus = new SyntheticCorpus(runLabel);
  }

  /** Adds an entity introduced by `sentence`; its evidence is its name inside that sentence. */
  addEntity<T extends EntityFields>(fields: T, sentence: string): T & { evidence: Evidence[] } {
    const evidence = [this.corpus.state(sentence, fields.name)];
    const entity = {
      ...fields,
      aliases: [],
      curatorAliases: [],
      method: 'synthetic' as const,
      evidence,
    };
    this.entities.push(entity as Entity);
    return entity;
  }

  relate(
    type: Exclude<RelationType, 'MENTIONED'>,
    from: string,
    to: string,
    properties: Record<string, unknown>,
    sentence: string,
  ): boolean {
    const id = relationshipId(type, from, to, properties);
    if (this.relationshipIds.has(id)) return false;
    this.relationshipIds.add(id);
    this.relationships.push({
      id,
      type,
      from,
      to,
      properties,
      method: 'synthetic',
      evidence: [this.corpus.state(sentence)],
    });
    return true;
  }
}
