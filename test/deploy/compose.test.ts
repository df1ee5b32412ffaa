// Validates docker-compose.yml with Debian's docker-compose (no Docker engine
// runs here, but `config -q` parses and interpolates the file fully).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
if (!hasCompose) {
  console.warn('\n*** SKIPPED: docker-compose validation — install it with `apt-get install --no-install-recommends docker-compose` ***\n');
}
const maybe = hasCompose ? describe : describe.skip;

maybe('docker-compose.yml', () => {
  const env = { ...process.env, NEO4J_PASSWORD: 'test-password' };

  it('validates with docker-compose config -q', () => {
    const r = spawnSync('docker-compose', ['config', '-q'], { cwd: root, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('refuses to start without a password in the environment', () => {
    const { NEO4J_PASSWORD: _omit, ...bare } = env;
    const r = spawnSync('docker-compose', ['config', '-q'], { cwd: root, env: bare, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('NEO4J_PASSWORD');
  });

  it('runs Neo4j 5.26 with APOC, a wget health check and a volume; the app waits for it', () => {
    const config = execFileSync('docker-compose', ['config'], { cwd: root, env, encoding: 'utf8' });
    expect(config).toContain('image: neo4j:5.26-community');
    expect(config).toMatch(/NEO4J_PLUGINS: '\["apoc"\]'/);
    expect(config).toMatch(/wget .*http:\/\/localhost:7474/);
    expect(config).toMatch(/neo4j-data:\/data/);
    expect(config).toMatch(/condition: service_healthy/);
    expect(config).toContain('NEO4J_URI: bolt://neo4j:7687');
  });
});

describe('Dockerfile', () => {
  it('builds the app and serves the seeds', () => {
    const df = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(df).toMatch(/^FROM node:20/m);
    expect(df).toContain('npm run build');
    expect(df).toMatch(/CMD \["node", "bin\/simpul.js", "build", "seeds", "--serve"\]/);
  });
});
