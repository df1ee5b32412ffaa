// Types of the evaluation stage: gold annotations (shared/spec/output.md) and scores.
import type { EntityType, Predicate } from '../extract/types';

export interface GoldEntity {
  name: string;
  type: EntityType;
  alt?: string[];
  optional?: boolean;
}

export interface GoldFact {
  s: string | string[];
  p: Predicate;
  o: string | string[];
  optional?: boolean;
}

export interface GoldDocument {
  doc: string;
  publishedAt?: string;
  entities: GoldEntity[];
  facts: GoldFact[];
}

export interface PRF {
  tp: number;
  /** extracted items that match nothing in the gold */
  fp: number;
  /** gold items that nothing extracted matches */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore {
  doc: string;
  entities: PRF;
  facts: PRF;
  missedEntities: string[];
  falseEntities: string[];
  missedFacts: string[];
  falseFacts: string[];
  publishedAt?: { gold: string; extracted: string | null };
}

export interface EvalReport {
  documents: DocumentScore[];
  entities: PRF;
  facts: PRF;
  /** gold documents with no extracted document, and extracted with no gold */
  unmatchedGold: string[];
  unmatchedExtracted: string[];
}
