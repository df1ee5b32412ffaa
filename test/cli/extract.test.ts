import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers';
import { validateDocument } from '../../src/extract/contract';

const root = join(__dirname, '..', '..');
const seeds = join(root, 'seeds');

describe('simpul extract', () => {
  it('writes one contract-valid JSON object per seed article, in input order, offsets slicing back', async () => {
    const r = await runCli(['extract', seeds]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const ids = lines.map((l) => JSON.parse(l).id);
    expect(ids).toEqual([...ids].sort());
    for (const line of lines) {
      const doc = JSON.parse(line);
      const text = readFileSync(join(root, doc.source.replace(/^.*seeds\//, 'seeds/')), 'utf8');
      const result = validateDocument(doc, text);
      expect(result).toEqual({ ok: true, doc });
    }
  });

  it('is deterministic: the same input gives byte-identical output', async () => {
    const a = await runCli(['extract', seeds, '--reference-date', '2025-12-31']);
    const b = await runCli(['extract', seeds, '--reference-date', '2025-12-31']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reports an unreadable file by name, still extracts the others, and exits 1', async () => {
    const r = await runCli(['extract', join(seeds, '000_ecefb985b6207649.txt'), '/nonexistent/x.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\/nonexistent\/x\.txt: no such file or folder/);
  });

  it('writes --out atomically and says what it did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-cli-'));
    const out = join(dir, 'out.jsonl');
    const r = await runCli(['extract', seeds, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(r.stderr).toMatch(/^extracted 5 documents, \d+ entities, \d+ facts in [\d.]+ s\n$/);
  });

  it('rejects bad arguments with one line and exit code 2', async () => {
    expect(await runCli(['extract'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^simpul extract: give at least one article file or folder \(see `simpul extract --help`\)\n$/) });
    expect((await runCli(['extract', seeds, '--bogus'])).code).toBe(2);
    expect((await runCli(['extract', seeds, '--reference-date', '26/6'])).stderr).toMatch(/--reference-date must be a date as YYYY-MM-DD/);
    expect((await runCli(['frobnicate'])).stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('has help with examples for every command', async () => {
    const top = await runCli(['--help']);
    const names = [...top.stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['extract', 'load', 'build', 'serve', 'eval']));
    for (const name of names) {
      const h = await runCli([name, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^Usage: simpul ${name}`));
      expect(h.stdout).toMatch(/Examples?:\n {2}simpul /);
    }
  });
});

describe('simpul load', () => {
  it('reports bad JSON Lines by file and line, loads the good ones, exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-load-'));
    const good = (await runCli(['extract', join(seeds, '000_ecefb985b6207649.txt')])).stdout.trim();
    const doc = JSON.parse(good);
    const unknownPredicate = JSON.stringify({ ...doc, id: 'p', facts: [{ ...(doc.facts[0] ?? {}), subject: doc.entities[0]?.id, object: doc.entities[0]?.id, predicate: 'LIKES', evidence: { start: 0, end: 1, text: 'B' }, confidence: 1 }] });
    const missingEntity = JSON.stringify({ ...doc, id: 'm', facts: [{ subject: 'country:ZZ', predicate: 'VISITS', object: 'country:ZZ', evidence: { start: 0, end: 1, text: 'B' }, confidence: 1 }] });
    const wrongType = JSON.stringify({ ...doc, id: 'w', publishedAt: 20240101 });
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [good, unknownPredicate, missingEntity, wrongType, good.slice(0, 50)].join('\n'));
    const r = await runCli(['load', file, '--data-dir', join(dir, 'data')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:2: facts.0.predicate: must be equal to one of the allowed values`);
    expect(r.stderr).toContain(`${file}:3: facts.0.subject: country:ZZ is not an entity of this document`);
    expect(r.stderr).toContain(`${file}:4: publishedAt:`);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:5: not valid JSON .*truncated line\\?`));
    expect(r.stdout).toMatch(/^loaded 1 documents into the embedded store/);
    expect(existsSync(join(dir, 'data'))).toBe(true);
  });
});
