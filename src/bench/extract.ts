// `npm run bench` part 1: extraction throughput on one core, the time per
// stage, peak memory, and load throughput into the embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle } from '../ingest/clean';
import { splitSentences } from '../extract/sentences';
import { recognizeEntities } from '../extract/entities';
import { extractFacts } from '../extract/facts';
import { extractArticle } from '../extract/pipeline';
import { EmbeddedStore } from '../store/embedded';
import type { ExtractedDocument } from '../extract/types';
import { buildCorpus } from './corpus';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

export async function benchExtraction(root: string, articles: number): Promise<void> {
  const corpus = buildCorpus({ articles, root });
  console.log(`corpus: ${corpus.articles.length} synthetic articles, ${corpus.words} words, recombined from ${corpus.sources.join(', ')}`);
  const file = (id: string) => ({ id, source: `bench/${id}.txt` });
  const referenceDate = '2025-01-01';

  // warm-up: loads gazetteers and the NER model once (reported separately)
  const w0 = performance.now();
  extractArticle(corpus.articles[0].text, file('warmup'), { referenceDate });
  console.log(`warm-up (loading gazetteers and NER weights): ${(performance.now() - w0).toFixed(0)} ms`);

  const docs: ExtractedDocument[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of corpus.articles) docs.push(extractArticle(a.text, file(a.id), { referenceDate }));
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  // CPU time of this process (user + system, including GC threads), for a figure
  // less disturbed when other jobs share the cores
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const facts = docs.reduce((n, d) => n + d.facts.length, 0);
  const entities = docs.reduce((n, d) => n + d.entities.length, 0);
  console.log(
    `extract: ${(docs.length / s).toFixed(0)} articles/s, ${(corpus.words / s).toFixed(0)} words/s ` +
      `(${docs.length} articles in ${s.toFixed(2)} s wall clock; ${entities} entities, ${facts} facts)`,
  );
  console.log(`extract by CPU time: ${(docs.length / cpuS).toFixed(0)} articles/s, ${(corpus.words / cpuS).toFixed(0)} words/s (${cpuS.toFixed(2)} s of CPU)`);

  // where the time goes: the same stages, timed one by one
  const stage = { clean: 0, sentences: 0, entities: 0, facts: 0 };
  for (const a of corpus.articles) {
    let t = performance.now();
    const cleaned = cleanArticle(a.text, file(a.id), { referenceDate });
    stage.clean += performance.now() - t;
    t = performance.now();
    const doc = { text: cleaned.text, meta: cleaned.meta, sentences: splitSentences(cleaned.text, cleaned.kept) };
    stage.sentences += performance.now() - t;
    t = performance.now();
    const ents = recognizeEntities(doc);
    stage.entities += performance.now() - t;
    t = performance.now();
    extractFacts(doc, ents);
    stage.facts += performance.now() - t;
  }
  const total = Object.values(stage).reduce((x, y) => x + y, 0);
  console.log(
    'time per stage: ' +
      Object.entries(stage)
        .map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)}%`)
        .join(', '),
  );

  const dir = mkdtempSync(join(tmpdir(), 'simpul-bench-'));
  try {
    const store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    const l0 = performance.now();
    const summary = await store.load(docs);
    const ls = (performance.now() - l0) / 1000;
    console.log(
      `load (embedded store, one batch, snapshot written): ${(docs.length / ls).toFixed(0)} documents/s, ` +
        `${(summary.claims / ls).toFixed(0)} claims/s (${summary.entities} entities, ${summary.claims} claims in ${ls.toFixed(2)} s)`,
    );
    const r0 = performance.now();
    await store.load(docs);
    console.log(`re-load of the same documents (no-op): ${(performance.now() - r0).toFixed(0)} ms`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const usage = process.resourceUsage();
  console.log(`peak memory (max RSS): ${mb(usage.maxRSS * 1024)} MB; heap used now ${mb(process.memoryUsage().heapUsed)} MB`);
}
