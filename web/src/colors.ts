// One colour per entity type (Okabe–Ito palette, readable by colour-blind users).
import type { EntityType } from '../../src/extract/types';

export const TYPE_COLORS: Record<EntityType, string> = {
  Country: '#0072B2',
  Person: '#D55E00',
  Organization: '#009E73',
  Location: '#CC79A7',
};
export const EDGE_COLOR = '#9aa3ad';
export const FADED_COLOR = '#e4e7eb';
export const HIGHLIGHT_EDGE_COLOR = '#36414d';
// What a Cypher answer adds to the graph: black nodes (no entity type uses
// black) and Okabe–Ito orange relationships.
export const QUERY_NODE_COLOR = '#1d1d1f';
export const QUERY_EDGE_COLOR = '#E69F00';
