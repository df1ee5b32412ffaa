// Reading `simpul extract` output back: each line is checked against the
// contract; bad lines are reported with file and line and left out, so a
// load stores only whole, valid documents.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { validateDocument } from '../extract/contract';
import type { ExtractedDocument } from '../extract/types';

export interface JsonlProblem {
  file: string;
  line: number;
  message: string;
}

export async function readExtractedJsonl(
  file: string,
  onDocument: (doc: ExtractedDocument, line: number) => void,
): Promise<{ documents: number; problems: JsonlProblem[] }> {
  const problems: JsonlProblem[] = [];
  let documents = 0;
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    return { documents, problems: [{ file, line: 0, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }] };
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push({ file, line: n, message: `not valid JSON (${(e as Error).message}); a truncated line?` });
      continue;
    }
    const result = validateDocument(value);
    if (!result.ok) {
      const id = typeof (value as { id?: unknown })?.id === 'string' ? ` (document ${(value as { id: string }).id})` : '';
      problems.push({ file, line: n, message: `${result.errors.slice(0, 3).join('; ')}${result.errors.length > 3 ? `; and ${result.errors.length - 3} more` : ''}${id}` });
      continue;
    }
    documents++;
    onDocument(result.doc, n);
  }
  return { documents, problems };
}
