// Extracting an article file: decode it, then run the pipeline.
import { basename, extname } from 'node:path';
import { readArticleFile } from '../ingest/decode';
import { extractArticle, type ExtractOptions } from './pipeline';
import type { ExtractedDocument } from './types';

export interface ExtractFileOptions extends ExtractOptions {
  /** refuse files larger than this many bytes */
  maxBytes?: number;
}

/** The document id is the file name without its extension (output.md). */
export function documentIdFor(path: string): string {
  return basename(path, extname(path));
}

export async function extractFile(path: string, opts: ExtractFileOptions = {}): Promise<ExtractedDocument> {
  const { text } = await readArticleFile(path, { maxBytes: opts.maxBytes });
  const source = path.split('\\').join('/');
  return extractArticle(text, { id: documentIdFor(path), source }, opts);
}
