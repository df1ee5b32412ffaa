// Bad input to `extract`, `build` and `load`, through the CLI in-process.
// Each case: a clear error naming the file (and line or field), the other
// files still go through, a non-zero exit, and the store holds only whole
// documents.
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/helpers';
import { validateDocument } from '../../src/extract/contract';
import type { ExtractedDocument } from '../../src/extract/types';
import { graphKeys, parseJsonl, seedFiles, seedText, storedArticles, strayFiles, tempDir } from './helpers';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Extracts one file through the CLI and returns its single document. */
async function extractOne(file: string, extra: string[] = []): Promise<ExtractedDocument> {
  const r = await runCli(['extract', file, '--reference-date', '2025-06-30', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const docs = parseJsonl(r.stdout);
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

/** Asserts a document is contract-valid and every offset slices back to `text`. */
function expectSlicesBack(doc: ExtractedDocument, text: string): void {
  const result = validateDocument(doc, text);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

describe('broken article files: each is refused by name with a stable code, the good file still goes through', () => {
  const dir = tempDir('broken');
  const good = join(dir, 'good.txt');
  const cases: [string, string, RegExp][] = [
    ['empty.txt', 'EMPTY', /file is empty/],
    ['blank.txt', 'EMPTY', /holds only whitespace/],
    ['image.txt', 'BINARY', /not a text file \(PNG image\)/],
    ['nul.txt', 'BINARY', /NUL byte at byte 5/],
    ['mixed.txt', 'BAD_ENCODING', /mixes UTF-8 text with invalid bytes \(first at byte \d+, 0xff\)/],
    ['utf16.txt', 'BAD_ENCODING', /UTF-16 text/],
    ['garbage.txt', 'BAD_ENCODING', /invalid UTF-8 at byte 0/],
  ];

  beforeAll(() => {
    copyFileSync(seedFiles()[0]!, good);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n   \n');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'nul.txt'), Buffer.concat([Buffer.from('Halo '), Buffer.from([0]), Buffer.from('dunia')]));
    writeFileSync(join(dir, 'mixed.txt'), Buffer.concat([Buffer.from('Menteri Luar Negeri Prancis Jean-Noël Barrot datang. '), Buffer.from([0xff, 0xfe, 0x41])]));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from('\ufeffPresiden Prabowo', 'utf16le'));
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x41]));
  });

  it('extract: one error line per bad file with its path and code, the good document on stdout, exit 1', async () => {
    const r = await runCli(['extract', dir]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(cases.length);
    for (const [name, code, why] of cases) {
      const line = lines.find((l) => l.includes(join(dir, name)));
      expect(line).toMatch(new RegExp(`^simpul: error: ${escape(join(dir, name))}: [^/]+ \\(${code}\\)$`));
      expect(line).toMatch(why);
    }
    const docs = parseJsonl(r.stdout);
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expectSlicesBack(docs[0]!, readFileSync(good, 'utf8'));
  });

  it('extract --out: the output file holds the good document and no temp file is left', async () => {
    const out = join(tempDir('broken-out'), 'out.jsonl');
    const r = await runCli(['extract', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/; 7 failed\n$/);
    expect(parseJsonl(readFileSync(out, 'utf8')).map((d) => d.id)).toEqual(['good']);
    expect(strayFiles(join(out, '..')).filter((n) => n !== 'out.jsonl')).toEqual([]);
  });

  it('extract --out with nothing extractable writes no file at all', async () => {
    const out = join(tempDir('broken-none'), 'out.jsonl');
    const r = await runCli(['extract', join(dir, 'empty.txt'), join(dir, 'image.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(strayFiles(join(out, '..'))).toEqual([]);
  });

  it('build: the store holds exactly the good article, nothing half-written, exit 1', async () => {
    const data = join(tempDir('broken-build'), 'data');
    const r = await runCli(['build', dir, '--data-dir', data]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(cases.length);
    expect(r.stdout).toMatch(/^extracted 1 documents/);
    expect([...(await storedArticles(data)).keys()]).toEqual(['good']);
    expect(strayFiles(data)).toEqual([]);
  });

  it('build with nothing extractable fails and leaves an existing store as it was', async () => {
    const data = join(tempDir('broken-keep'), 'data');
    expect((await runCli(['build', good, '--data-dir', data])).code).toBe(0);
    const before = readFileSync(join(data, 'simpul-graph.json'));
    const r = await runCli(['build', join(dir, 'empty.txt'), join(dir, 'garbage.txt'), '--data-dir', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article could be extracted/);
    expect(readFileSync(join(data, 'simpul-graph.json'))).toEqual(before);
  });
});

describe('encodings and line ends: decoded, and every offset slices back to the decoded text', () => {
  const dir = tempDir('encodings');
  // ASCII Indonesian text plus Latin-1 letters and Windows-1252 typographic quotes
  const latinText =
    'Menteri Luar Negeri Prancis Jean-Noël Barrot tiba di Jakarta pada Senin.\n' +
    '“Kami mendukung kemerdekaan Palestina,” kata Barrot kepada wartawan di Jakarta.\n' +
    'Presiden Prabowo Subianto menerima Barrot di Istana Merdeka – sebuah kunjungan yang disebut café diplomacy.\n';
  const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96 };
  const encode1252 = (s: string): Buffer => Buffer.from([...s].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
  const base = seedText(1);

  it('Windows-1252 text decodes: same entities and facts as the UTF-8 file, offsets right', async () => {
    writeFileSync(join(dir, 'latin.txt'), encode1252(latinText));
    writeFileSync(join(dir, 'utf8.txt'), latinText, 'utf8');
    expect(readFileSync(join(dir, 'latin.txt')).includes(0x93)).toBe(true);
    const fromLatin = await extractOne(join(dir, 'latin.txt'));
    const fromUtf8 = await extractOne(join(dir, 'utf8.txt'));
    expectSlicesBack(fromLatin, latinText);
    expect(graphKeys(fromLatin)).toEqual(graphKeys(fromUtf8));
    expect(fromLatin.contentHash).toBe(fromUtf8.contentHash);
    expect(JSON.stringify(fromLatin)).not.toContain('\ufffd');
  });

  it('a UTF-8 BOM: offsets count it as readFileSync does, the graph is unchanged', async () => {
    writeFileSync(join(dir, 'plain.txt'), base);
    writeFileSync(join(dir, 'bom.txt'), '\ufeff' + base);
    const plain = await extractOne(join(dir, 'plain.txt'));
    const bom = await extractOne(join(dir, 'bom.txt'));
    expectSlicesBack(bom, readFileSync(join(dir, 'bom.txt'), 'utf8'));
    expect(graphKeys(bom)).toEqual(graphKeys(plain));
    expect(bom.title).toBe(plain.title);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s line ends: offsets slice back to the file as read, the graph equals the LF version', async (name, eol) => {
    writeFileSync(join(dir, 'lf.txt'), base);
    const file = join(dir, `${name}.txt`);
    const text = base.replace(/\n/g, eol);
    writeFileSync(file, text);
    const lf = await extractOne(join(dir, 'lf.txt'));
    const doc = await extractOne(file);
    expectSlicesBack(doc, text);
    expect(graphKeys(doc)).toEqual(graphKeys(lf));
  });

  it('an HTML page saved as .txt: markup is stripped, no mention or evidence falls inside markup, offsets slice back to the raw page', async () => {
    const paragraphs = base.split('\n').filter((l) => l.trim());
    const html =
      '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Berita</title>\n' +
      '<script>var iklan = "Amerika Serikat menyerang Rusia"; window.track("Jepang");</script>\n' +
      '<style>p { color: #333 }</style></head>\n<body>\n' +
      paragraphs.map((p) => `<p class="isi">${p.replace(/&/g, '&amp;')}</p>`).join('\n') +
      '\n</body></html>\n';
    const file = join(dir, 'page.txt');
    writeFileSync(file, html);
    const doc = await extractOne(file);
    expectSlicesBack(doc, html);
    const markup: [number, number][] = [];
    for (const m of html.matchAll(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g)) markup.push([m.index!, m.index! + m[0].length]);
    const spans = [...doc.entities.flatMap((e) => e.mentions), ...doc.facts.map((f) => f.evidence)];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      const inside = markup.some(([a, b]) => s.start < b && s.end > a && !(s.start <= a && s.end >= b));
      expect(inside ? s : null).toBeNull();
      expect(s.text).not.toMatch(/<\/?[a-z]+[\s>]/i);
    }
    expect(doc.entities.map((e) => e.id)).not.toContain('country:JP'); // only named in the script
  });
});

describe('size limits', () => {
  const dir = tempDir('size');

  it('a 50 MB file is refused fast by size (not read), saying how to raise the limit; the other file goes through', async () => {
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: instant to make, 50 MB by size
    closeSync(fd);
    const started = performance.now();
    const r = await runCli(['extract', big, seedFiles()[0]!]);
    const ms = performance.now() - started;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^simpul: error: ${escape(big)}: file is 52428800 bytes, over the limit of 10000000 bytes.*--max-bytes 52428800.* \\(TOO_LARGE\\)\n$`));
    expect(parseJsonl(r.stdout)).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  });

  it('--max-bytes lowers and raises the limit, for extract and build', async () => {
    const seed = seedFiles()[0]!;
    const size = readFileSync(seed).length;
    const low = await runCli(['extract', seed, '--max-bytes', String(size - 1)]);
    expect(low.code).toBe(1);
    expect(low.stderr).toContain(`over the limit of ${size - 1} bytes`);
    const data = join(dir, 'data');
    const lowBuild = await runCli(['build', seed, '--max-bytes', String(size - 1), '--data-dir', data]);
    expect(lowBuild.code).toBe(1);
    expect(lowBuild.stderr).toContain('TOO_LARGE');
    expect((await runCli(['build', seed, '--max-bytes', String(size), '--data-dir', data])).code).toBe(0);
    expect((await runCli(['extract', seed, '--max-bytes', 'lots'])).code).toBe(2);
  });

  it('a file over the default limit goes through with --max-bytes raised', async () => {
    const file = join(dir, 'long.txt');
    // a real article followed by 10 MB of blank lines: over the default limit, cheap to extract
    writeFileSync(file, seedText(0) + '\n'.repeat(10_000_001));
    const refused = await runCli(['extract', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('TOO_LARGE');
    const doc = await extractOne(file, ['--max-bytes', '20000000']);
    expect(doc.entities.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('many files and duplicates', () => {
  it('10,000 files in one folder: all extracted, heap steady (no growth with the number of files)', async () => {
    const dir = join(tempDir('many'), 'articles');
    mkdirSync(dir);
    const n = 10_000;
    for (let i = 0; i < n; i++) {
      writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), `Jakarta (${i}) - Indonesia dan Malaysia membahas kerja sama pertahanan.\n`);
    }
    const out = join(dir, '..', 'out.jsonl');
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(process.memoryUsage().heapUsed), 20);
    const r = await runCli(['extract', dir, '--out', out]);
    clearInterval(timer);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^extracted 10000 documents/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(n);
    // compare the heap's high-water mark in the first and the last quarter of the run
    expect(samples.length).toBeGreaterThan(8);
    const q = Math.floor(samples.length / 4);
    const early = Math.max(...samples.slice(0, q));
    const late = Math.max(...samples.slice(-q));
    expect((late - early) / 2 ** 20).toBeLessThan(64);
  }, 60_000);

  it('the same article under two names is loaded once with both sources recorded', async () => {
    const dir = tempDir('dupes');
    const a = join(dir, 'kompas-copy.txt');
    const b = join(dir, 'tempo-copy.txt');
    copyFileSync(seedFiles()[2]!, a);
    copyFileSync(seedFiles()[2]!, b);
    const data = join(dir, 'data');
    const r = await runCli(['build', a, b, '--data-dir', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 duplicate by content/);
    expect(r.stdout).toMatch(/the store now holds 1 articles/);
    const stored = await storedArticles(data);
    expect([...stored.keys()]).toEqual(['kompas-copy']);
    expect(stored.get('kompas-copy')).toEqual([a, b]);
    // loading the copy again, alone, changes nothing
    const again = await runCli(['build', b, '--data-dir', data]);
    expect(again.stdout).toMatch(/0 written, 1 unchanged/);
  });
});

describe('bad JSON Lines to load', () => {
  const dir = tempDir('jsonl');
  let good: ExtractedDocument[];

  beforeAll(async () => {
    const r = await runCli(['extract', seedFiles()[0]!, seedFiles()[3]!]);
    good = parseJsonl(r.stdout);
    expect(good).toHaveLength(2);
  });

  it('every bad line is named by file, line and field; the good lines of every file are loaded; exit 1', async () => {
    const [a, b] = good as [ExtractedDocument, ExtractedDocument];
    const e0 = a.entities[0]!.id;
    const fact = { subject: e0, predicate: 'VISITS', object: e0, evidence: a.entities[0]!.mentions[0]!, confidence: 0.5 };
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        JSON.stringify({ ...a, id: 'wrong_type', entities: 'none' }),
        JSON.stringify({ ...a, id: 'unknown_predicate', facts: [{ ...fact, predicate: 'ADMIRES' }] }),
        JSON.stringify({ ...a, id: 'missing_entity', facts: [{ ...fact, object: 'person:nobody' }] }),
        JSON.stringify(a),
        '',
        JSON.stringify(b).slice(0, 200), // truncated last line
      ].join('\n'),
    );
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, JSON.stringify(b) + '\n');
    const data = join(dir, 'data');
    const r = await runCli(['load', bad, join(dir, 'missing.jsonl'), other, '--data-dir', data]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^simpul load: error: ${escape(bad)}:1: entities: must be array \\(document wrong_type\\)$`)),
      expect.stringMatching(new RegExp(`^simpul load: error: ${escape(bad)}:2: facts\\.0\\.predicate: must be equal to one of the allowed values`)),
      expect.stringMatching(new RegExp(`^simpul load: error: ${escape(bad)}:3: facts\\.0\\.object: person:nobody is not an entity of this document`)),
      expect.stringMatching(new RegExp(`^simpul load: error: ${escape(bad)}:6: not valid JSON .*a truncated line\\?$`)),
      expect.stringMatching(new RegExp(`^simpul load: error: ${escape(join(dir, 'missing.jsonl'))}: cannot read \\(ENOENT\\)$`)),
    ]);
    expect(r.stdout).toMatch(/^loaded 2 documents/);
    expect([...(await storedArticles(data)).keys()].sort()).toEqual([a.id, b.id].sort());
    expect(strayFiles(data)).toEqual([]);
  });

  it('a data folder that cannot be written, or a corrupt snapshot: one line naming the path, exit 1, nothing changed', async () => {
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify(good[0]) + '\n');
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    const unwritable = await runCli(['load', file, '--data-dir', notADir]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(new RegExp(`^simpul load: error: .*${escape(notADir)}.*\\((WRITE_FAILED|CORRUPT_SNAPSHOT)\\)\n$`));
    expect(readFileSync(notADir, 'utf8')).toBe('x');
    const data = join(dir, 'data-corrupt');
    mkdirSync(data);
    writeFileSync(join(data, 'simpul-graph.json'), '{"format":"simpul-embedded-snapshot","version":1,"checksum":"00","groups":[]}\n');
    const corrupt = await runCli(['load', file, '--data-dir', data]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/^simpul load: error: snapshot .*simpul-graph\.json is corrupt \(checksum mismatch\); move it away and re-load your documents \(CORRUPT_SNAPSHOT\)\n$/);
    expect(readFileSync(join(data, 'simpul-graph.json'), 'utf8')).toContain('"checksum":"00"');
  });

  it('a file with no valid line loads nothing and creates no store', async () => {
    const file = join(dir, 'all-bad.jsonl');
    writeFileSync(file, '{"id": 1}\n{"id":\n');
    const data = join(dir, 'data-none');
    const r = await runCli(['load', file, '--data-dir', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing to load \(2 bad lines\)/);
    expect(existsSync(join(data, 'simpul-graph.json'))).toBe(false);
  });
});
