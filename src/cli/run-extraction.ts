// Extract many files one at a time (steady memory), reporting per-file
// failures without stopping: the contract says the other files go through.
import { describeError } from './errors';
import { expandInputs } from './inputs';
import { progressReporter } from './progress';
import type { CliIO } from './types';
import { extractFile, type ExtractFileOptions } from '../extract/file';
import type { ExtractedDocument } from '../extract/types';

export interface ExtractionRun {
  documents: number;
  failed: number;
  entities: number;
  facts: number;
  words: number;
  ms: number;
}

export async function extractAll(
  paths: string[],
  opts: ExtractFileOptions,
  io: CliIO,
  onDocument: (doc: ExtractedDocument) => void | Promise<void>,
): Promise<ExtractionRun> {
  const started = performance.now();
  const { files, problems } = expandInputs(paths);
  for (const p of problems) io.stderr.write(`simpul: error: ${p.path}: ${p.message}\n`);
  const progress = progressReporter(io.stderr, 'extracting');
  const run: ExtractionRun = { documents: 0, failed: problems.length, entities: 0, facts: 0, words: 0, ms: 0 };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    progress.tick(i, files.length, file);
    let doc: ExtractedDocument;
    try {
      doc = await extractFile(file, opts);
    } catch (e) {
      run.failed++;
      // ingest errors already start with the file name; say it once
      const message = describeError(e);
      io.stderr.write(`simpul: error: ${message.startsWith(`${file}: `) ? message : `${file}: ${message}`}\n`);
      continue;
    }
    run.documents++;
    run.entities += doc.entities.length;
    run.facts += doc.facts.length;
    await onDocument(doc);
  }
  progress.done();
  run.ms = performance.now() - started;
  return run;
}
