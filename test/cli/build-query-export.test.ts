import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers';

const seeds = join(__dirname, '..', '..', 'seeds');

describe('simpul build, query, export on the seeds (embedded store)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-bqe-'));
  const data = join(dir, 'data');

  beforeAll(async () => {
    const r = await runCli(['build', seeds, '--data-dir', data]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^extracted 5 documents \(\d+ entity and \d+ fact records\) in [\d.]+ s\nloaded 5 documents into the embedded store \(5 written, 0 unchanged\)/);
  });

  it('building again changes nothing', async () => {
    const snapshot = () => readdirSync(data).sort().map((f) => readFileSync(join(data, f)).toString('base64'));
    const before = snapshot();
    const r = await runCli(['build', seeds, '--data-dir', data]);
    expect(r.stdout).toContain('(0 written, 5 unchanged)');
    expect(snapshot()).toEqual(before);
  });

  it('lists the library and answers the troop-claims question as a table', async () => {
    const list = await runCli(['query', '--list']);
    expect(list.stdout).toMatch(/^troop_claims_by_source/m);
    const r = await runCli(['query', 'troop_claims_by_source', '--data-dir', data]);
    expect(r.code).toBe(0);
    const [header, rule] = r.stdout.split('\n');
    expect(header).toMatch(/^date\s+sender\s+destination\s+count/);
    expect(rule).toMatch(/^-+ {2}-+/);
    expect(r.stdout).toMatch(/North Korea\s+Russia/);
  });

  it('refuses unknown queries and malformed parameters', async () => {
    expect((await runCli(['query', 'drop_everything', '--data-dir', data])).stderr).toMatch(/no library query named "drop_everything"/);
    expect((await runCli(['query', 'entity_timeline', '-p', 'oops', '--data-dir', data])).stderr).toMatch(/--param takes KEY=VALUE/);
  });

  it('exports neo4j-admin CSV files and a cypher-shell script', async () => {
    const csv = await runCli(['export', '--format', 'neo4j-admin', join(dir, 'csv'), '--data-dir', data]);
    expect(csv.code).toBe(0);
    expect(existsSync(join(dir, 'csv', 'IMPORT.md'))).toBe(true);
    const script = await runCli(['export', '--format', 'cypher', join(dir, 'graph.cypher'), '--data-dir', data]);
    expect(script.code).toBe(0);
    expect(readFileSync(join(dir, 'graph.cypher'), 'utf8')).toMatch(/MERGE \(e:Entity/);
    expect((await runCli(['export', '--format', 'xml', join(dir, 'x')])).code).toBe(2);
  });
});
