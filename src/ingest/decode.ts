// PLACEHOLDER (the ingest helper replaces it) with the final API.
import { readFile } from 'node:fs/promises';
import { IngestError } from './types';

export async function readArticleFile(path: string, opts: { maxBytes?: number } = {}): Promise<{ text: string; encoding: 'utf-8' | 'windows-1252'; bytes: number }> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new IngestError('READ_FAILED', `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, path);
  }
  if (buf.length > (opts.maxBytes ?? 10_000_000)) throw new IngestError('TOO_LARGE', `file is ${buf.length} bytes`, path);
  return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8', bytes: buf.length };
}
