// PLACEHOLDER (to be replaced by the entity helper) with the final API.
import type { DocumentContext, EntityResult } from '../types';

export function recognizeEntities(_doc: DocumentContext): EntityResult {
  return { entities: [], mentions: [] };
}
