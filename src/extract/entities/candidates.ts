// A candidate mention before overlap resolution, and the per-document entity
// registry that gives every mention a stable id and canonical name.
import type { EntityMention, EntityType } from '../types';
import type { Gazetteer } from './gazetteer';
import type { Sub } from './subtokens';
import { slugify } from './normalize';

export type Source = EntityMention['source'];

export interface Candidate {
  sentence: number;
  /** sub-token range [subStart, subEnd) */
  subStart: number;
  subEnd: number;
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  source: Source;
  /** higher wins among candidates of the same length */
  priority: number;
  role?: string;
  roleOf?: string;
  /** start offset of the mention that gave roleOf (re-read after metonymy) */
  roleOfAt?: number;
  partOf?: string;
  /** mentions inside this one that are kept too (the country of a compound) */
  nested?: Candidate[];
}

export interface DocEntity {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  /** known alternative forms (gazetteer) */
  known: string[];
}

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Location: 'loc',
  Country: 'country',
};

/** Id of an entity the tables do not know: type prefix + slug of its name. */
export function idFor(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${slugify(name)}`;
}

/** Entities of one document, created from the gazetteer or from new names. */
export class EntityRegistry {
  readonly byId = new Map<string, DocEntity>();
  constructor(private readonly gaz: Gazetteer) {}

  /** Is this id one of the tables' entities? */
  isKnown(id: string): boolean {
    return this.gaz.entities.has(id);
  }

  /** Register a gazetteer entity (by id) and return it. */
  known(id: string): DocEntity {
    let e = this.byId.get(id);
    if (!e) {
      const g = this.gaz.entities.get(id);
      if (!g) throw new Error(`ENTITY_UNKNOWN: no gazetteer entity ${id}`);
      e = { id, name: g.name, type: g.type, known: g.forms, ...(g.wikidata ? { wikidata: g.wikidata } : {}) };
      this.byId.set(id, e);
    }
    return e;
  }

  /** Register an entity found by rule or tagger, keeping the first spelling seen. */
  fresh(type: EntityType, name: string): DocEntity {
    const id = idFor(type, name);
    if (this.gaz.entities.has(id)) return this.known(id);
    let e = this.byId.get(id);
    if (!e) {
      e = { id, name, type, known: [] };
      this.byId.set(id, e);
    }
    return e;
  }
}

/** One sentence while the document is processed: its sub-tokens and chosen mentions. */
export interface SentenceState {
  subs: Sub[];
  accepted: Candidate[];
}
