// Entity stage (work in progress): recognition is being built; titles are final.
import type { DocumentContext, EntityResult } from '../types';
export { loadTitles, type TitleEntry } from './titles';

export function recognizeEntities(_doc: DocumentContext): EntityResult {
  return { entities: [], mentions: [] };
}
