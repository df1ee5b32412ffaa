// PLACEHOLDER (to be replaced by the fact helper) with the final API.
import type { DocumentContext, EntityResult, ExtractedFact } from '../types';

export function extractFacts(_doc: DocumentContext, _entities: EntityResult): ExtractedFact[] {
  return [];
}
