// The extraction pipeline: clean → sentences → entities → facts.
// Each stage is its own module; this file only wires them together.
import { cleanArticle, type CleanOptions } from '../ingest/clean';
import { splitSentences } from './sentences';
import { recognizeEntities } from './entities';
import { extractFacts } from './facts';
import type { DocumentContext, ExtractedDocument } from './types';

export type ExtractOptions = CleanOptions;

/** Extract one article's decoded text. Pure: same text and options → same output. */
export function extractArticle(
  text: string,
  file: { id: string; source: string },
  opts: ExtractOptions = {},
): ExtractedDocument {
  const cleaned = cleanArticle(text, file, opts);
  const doc: DocumentContext = {
    text: cleaned.text,
    meta: cleaned.meta,
    sentences: splitSentences(cleaned.text, cleaned.kept),
  };
  const entities = recognizeEntities(doc);
  const facts = extractFacts(doc, entities);
  const { meta } = cleaned;
  return {
    id: meta.id,
    source: meta.source,
    title: meta.title,
    outlet: meta.outlet,
    publishedAt: meta.publishedAt,
    language: meta.language,
    contentHash: meta.contentHash,
    entities: entities.entities,
    facts,
  };
}
