import {
  type EvidenceProperties,
  LABEL_OF_KIND,
  type RelationProperties,
  type RelationType,
} from '@guanxi/graph-schema';

/*
 * The peer's view of the same stored graph, in @neo4j/graphql's type-definition language: the
 * labels, relationship types and property names come from graph-schema, so the peer reads exactly
 * what Guanxi writes. Only what the compared operations ask for is declared.
 */
const PERSON = LABEL_OF_KIND.PERSON;
const INSTITUTION = LABEL_OF_KIND.INSTITUTION;
const HOLDS_POSITION: RelationType = 'HOLDS_POSITION';
const MEMBER_OF: RelationType = 'MEMBER_OF';
const PART_OF: RelationType = 'PART_OF';
const TITLE: keyof RelationProperties<'HOLDS_POSITION' | 'MEMBER_OF'> = 'title';
const QUOTES: keyof EvidenceProperties = 'evidenceQuotes';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type ${PERSON} @node(labels: ["${PERSON}"]) @mutation(operations: []) {
    id: ID!
    name: String!
    positions: [${INSTITUTION}!]!
      @relationship(type: "${HOLDS_POSITION}", direction: OUT, properties: "Tie")
    memberships: [${INSTITUTION}!]!
      @relationship(type: "${MEMBER_OF}", direction: OUT, properties: "Tie")
  }

  type ${INSTITUTION} @node(labels: ["${INSTITUTION}"]) @mutation(operations: []) {
    id: ID!
    name: String!
    "The stored kind, e.g. government-body (Guanxi answers it as the enum GOVERNMENT_BODY)."
    kind: String
    parent: ${INSTITUTION} @relationship(type: "${PART_OF}", direction: OUT)
    officeHolders: [${PERSON}!]!
      @relationship(type: "${HOLDS_POSITION}", direction: IN, properties: "Tie")
    members: [${PERSON}!]! @relationship(type: "${MEMBER_OF}", direction: IN, properties: "Tie")
  }

  "An office or a membership: the relationship's id, its title and its evidence quotes."
  type Tie @relationshipProperties {
    id: ID!
    ${TITLE}: String
    ${QUOTES}: [String!]
  }
`;
