import type { RelationType } from '@guanxi/graph-schema';

/** Plain names of relationship types for menus, filters and headings. */
const NAMES: Record<RelationType, string> = {
  HOLDS_POSITION: 'positions',
  MEMBER_OF: 'memberships',
  PARTICIPATED_IN: 'event participation',
  ORGANIZED: 'organised events',
  PART_OF: 'part of',
  HELD_AT: 'held at',
  LOCATED_IN: 'located in',
  PRIORITIZES: 'priorities',
  MENTIONED: 'mentions',
};

export const relationTypeName = (type: RelationType): string => NAMES[type];
