import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeArticleBytes, firstInvalidUtf8, readArticleFile } from '../../src/ingest/decode';
import { IngestError } from '../../src/ingest/types';

const dir = mkdtempSync(join(tmpdir(), 'simpul-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function errorOf(p: Promise<unknown>): Promise<IngestError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return err as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('readArticleFile', () => {
  test('reads UTF-8 text with the same offsets as readFileSync(utf8)', async () => {
    const file = write('a.txt', 'Menlu Retno bertemu Wang Yi di Beijing, Senin (3/6).\n');
    const got = await readArticleFile(file);
    expect(got).toEqual({ text: readFileSync(file, 'utf8'), encoding: 'utf-8', bytes: Buffer.byteLength(got.text) });
  });

  test('keeps a UTF-8 BOM as U+FEFF so offsets match readFileSync', async () => {
    const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Jakarta - Presiden tiba.')]));
    const got = await readArticleFile(file);
    expect(got.text.charCodeAt(0)).toBe(0xfeff);
    expect(got.text).toBe(readFileSync(file, 'utf8'));
  });

  test('keeps CRLF and CR line ends as they are', async () => {
    const file = write('crlf.txt', 'Baris satu.\r\nBaris dua.\rBaris tiga.');
    expect((await readArticleFile(file)).text).toBe('Baris satu.\r\nBaris dua.\rBaris tiga.');
  });

  test('decodes Windows-1252 text (curly quotes, é) when it is not UTF-8', async () => {
    const bytes = Buffer.from([...Buffer.from('Ia berkata '), 0x93, ...Buffer.from('caf'), 0xe9, 0x94, ...Buffer.from(' kepada wartawan.')]);
    const got = await readArticleFile(write('cp1252.txt', bytes));
    expect(got.encoding).toBe('windows-1252');
    expect(got.text).toBe('Ia berkata “café” kepada wartawan.');
  });

  test('an empty file is EMPTY, a whitespace-only file is EMPTY', async () => {
    expect((await errorOf(readArticleFile(write('empty.txt', '')))).code).toBe('EMPTY');
    const ws = await errorOf(readArticleFile(write('ws.txt', ' \n\t\r\n ')));
    expect(ws.code).toBe('EMPTY');
    expect(ws.message).toContain('ws.txt');
  });

  test('binary files are BINARY: NUL bytes, PNG magic, control-character soup', async () => {
    expect((await errorOf(readArticleFile(write('nul.txt', Buffer.from([0x41, 0x00, 0x42]))))).code).toBe('BINARY');
    expect((await errorOf(readArticleFile(write('png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))))).message).toContain('PNG');
    const soup = Buffer.alloc(200, 0x01);
    expect((await errorOf(readArticleFile(write('soup.txt', soup)))).code).toBe('BINARY');
  });

  test('bytes that are neither UTF-8 nor plausible Windows-1252 are BAD_ENCODING naming the byte offset', async () => {
    // 0x81 is undefined in Windows-1252
    const bytes = Buffer.from([...Buffer.from('Halo dunia '), 0x81, 0x81, ...Buffer.from(' selesai')]);
    const err = await errorOf(readArticleFile(write('bad.txt', bytes)));
    expect(err.code).toBe('BAD_ENCODING');
    expect(err.message).toContain('byte 11');
    expect(err.message).toContain('bad.txt');
    expect(err.file).toContain('bad.txt');
  });

  test('a UTF-8 file cut inside its last character reads like readFileSync(utf8), U+FFFD at the end', async () => {
    const full = Buffer.from('Menlu bertemu “mitra”');
    const file = write('cut.txt', full.subarray(0, full.length - 1));
    const got = await readArticleFile(file);
    expect(got.encoding).toBe('utf-8');
    expect(got.text).toBe(readFileSync(file, 'utf8'));
    expect(got.text.endsWith('\uFFFD')).toBe(true);
  });

  test('valid UTF-8 mixed with stray bytes is refused rather than garbled as Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from('Kata “pertama” '), Buffer.from([0xe9]), Buffer.from(' lagi')]);
    const err = await errorOf(readArticleFile(write('mixed.txt', bytes)));
    expect(err.code).toBe('BAD_ENCODING');
    expect(err.message).toMatch(/mixes UTF-8.*byte 19/);
  });

  test('UTF-16 is refused with a message saying to convert', async () => {
    const err = await errorOf(readArticleFile(write('u16.txt', Buffer.from('\ufeffHalo', 'utf16le'))));
    expect(err.code).toBe('BAD_ENCODING');
    expect(err.message).toMatch(/UTF-16/);
  });

  test('files over the limit are TOO_LARGE with how to raise it; a raised limit reads them', async () => {
    const file = write('big.txt', 'kata '.repeat(1000));
    const err = await errorOf(readArticleFile(file, { maxBytes: 1000 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/maxBytes|--max-bytes/);
    expect((await readArticleFile(file, { maxBytes: 10_000 })).bytes).toBe(5000);
  });

  test('a missing file is NOT_FOUND, a directory is READ_FAILED', async () => {
    expect((await errorOf(readArticleFile(join(dir, 'nope.txt')))).code).toBe('NOT_FOUND');
    expect((await errorOf(readArticleFile(dir))).code).toBe('READ_FAILED');
  });
});

describe('firstInvalidUtf8', () => {
  test('is -1 exactly when TextDecoder(fatal) accepts the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  test('valid UTF-8 of any string round-trips through decodeArticleBytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => /[^\s\uFEFF]/u.test(s) && !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s)), (s) => {
        expect(decodeArticleBytes(Buffer.from(s, 'utf8'), 'x.txt').text).toBe(s);
      }),
    );
  });

  test('decodeArticleBytes only ever throws IngestError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const got = decodeArticleBytes(bytes, 'fuzz.txt');
          expect(typeof got.text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
