// Reading article files: bytes → text, or a clear IngestError.
// UTF-8 is tried first with a fatal decoder; text that is not UTF-8 is decoded as
// Windows-1252 only when the result reads as text. A UTF-8 BOM is kept as U+FEFF so
// that offsets equal those of `readFileSync(file, 'utf8')`; cleaning removes it as a
// span. Line ends (CRLF, CR, LF) are left untouched for the same reason.
import { readFile, stat } from 'node:fs/promises';
import { IngestError } from './types';
import { decodeWindows1252 } from './windows1252';

export const DEFAULT_MAX_BYTES = 10_000_000; // 10 MB, as the CLI help states

export interface ReadOptions {
  /** refuse files larger than this many bytes (default 10 MB) */
  maxBytes?: number;
}

export interface DecodedArticle {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  bytes: number;
}

/** Read and decode one article file. Errors are IngestError with a stable `code`. */
export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<DecodedArticle> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError('READ_FAILED', `${path}: is a directory, not an article file`, path);
    size = info.size;
  } catch (err) {
    throw toReadError(err, path);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw toReadError(err, path);
  }
  // the file may have grown between stat and read
  if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
  return decodeArticleBytes(buf, path);
}

/** Decode the bytes of an article; `file` only names the file in errors. */
export function decodeArticleBytes(buf: Uint8Array, file: string): DecodedArticle {
  if (buf.length === 0) throw new IngestError('EMPTY', `${file}: file is empty`, file);
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new IngestError('BAD_ENCODING', `${file}: UTF-16 text (byte-order mark at byte 0) is not supported; convert it to UTF-8`, file);
  }
  const binary = binaryReason(buf);
  if (binary) throw new IngestError('BINARY', `${file}: not a text file (${binary})`, file);

  let text: string;
  let encoding: DecodedArticle['encoding'] = 'utf-8';
  const badAt = firstInvalidUtf8(buf);
  if (badAt < 0) {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } else if (isTruncatedTail(buf, badAt)) {
    // a file cut inside its last character: read it as readFileSync(f, 'utf8') does (U+FFFD at the end)
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
  } else if (hasMultibyteUtf8(buf, badAt)) {
    // valid UTF-8 characters before the bad byte: Windows-1252 would garble them, so refuse
    throw new IngestError(
      'BAD_ENCODING',
      `${file}: mixes UTF-8 text with invalid bytes (first at byte ${badAt}, 0x${buf[badAt].toString(16).padStart(2, '0')}); repair or re-save the file as UTF-8`,
      file,
    );
  } else {
    const fallback = decodeWindows1252(buf);
    if (fallback === null || !readsAsText(fallback)) {
      throw new IngestError(
        'BAD_ENCODING',
        `${file}: invalid UTF-8 at byte ${badAt} (0x${buf[badAt].toString(16).padStart(2, '0')}) and not plausible Windows-1252 text; convert the file to UTF-8`,
        file,
      );
    }
    text = fallback;
    encoding = 'windows-1252';
  }
  if (!/[^\s\uFEFF]/u.test(text)) throw new IngestError('EMPTY', `${file}: file holds only whitespace`, file);
  return { text, encoding, bytes: buf.length };
}

/** Byte offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The bytes from `badAt` are the start of a UTF-8 sequence that the end of the file cut short. */
function isTruncatedTail(buf: Uint8Array, badAt: number): boolean {
  const lead = buf[badAt];
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
  if (need < 0 || badAt + need < buf.length) return false;
  for (let k = badAt + 1; k < buf.length; k++) if ((buf[k] & 0xc0) !== 0x80) return false;
  return true;
}

/** Whether buf[0, end) holds at least one multi-byte UTF-8 character (it is all valid UTF-8). */
function hasMultibyteUtf8(buf: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (buf[i] >= 0xc2) return true;
  return false;
}

const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
];

/** Why the bytes look binary, or null. Looks at magic numbers, NUL bytes and control characters. */
function binaryReason(buf: Uint8Array): string | null {
  for (const [kind, sig] of MAGIC) {
    if (sig.every((b, k) => buf[k] === b)) return kind;
  }
  const sample = buf.subarray(0, Math.min(buf.length, 65536));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return `NUL byte at byte ${i}`;
    // tab, LF, VT, FF, CR and ESC occur in real text files; other C0 controls do not
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  if (controls > Math.max(2, sample.length * 0.01)) return `${controls} control bytes in the first ${sample.length} bytes`;
  return null;
}

// Characters Windows-1252 text legitimately contains above ASCII besides letters.
const TEXT_SYMBOLS = new Set('\u00a0‘’‚“”„–—…•€™©®°·«»¡¿£¥§¶×÷′″‹›†‡‰ˆ˜ªº²³¹½¼¾µ¢¦¨¬­¯±´¸'.split(''));

/** A Windows-1252 decoding reads as text when it is mostly ASCII and its other characters are letters or typographic symbols. */
function readsAsText(text: string): boolean {
  let high = 0;
  let odd = 0;
  let visible = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) visible++;
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    high++;
    if (!/\p{L}/u.test(ch) && !TEXT_SYMBOLS.has(ch)) odd++;
  }
  if (visible === 0) return false;
  return high <= visible * 0.3 && odd <= Math.max(1, high * 0.1);
}

function tooLarge(path: string, size: number, maxBytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `${path}: file is ${size} bytes, over the limit of ${maxBytes} bytes; raise the limit with the maxBytes option (CLI: --max-bytes ${size})`,
    path,
  );
}

function toReadError(err: unknown, path: string): IngestError {
  if (err instanceof IngestError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new IngestError('NOT_FOUND', `${path}: no such file`, path);
  return new IngestError('READ_FAILED', `${path}: cannot read (${code ?? (err as Error).message})`, path);
}
