// Articles written for these tests (not seeds) with hand-written gold in the
// shared gold format; entity F1 over them must stay ≥ 0.90.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from '../../../src/eval/gold';
import { scoreDocument } from '../../../src/eval/score';
import { extractArticle } from '../../../src/extract/pipeline';

const DIR = join(__dirname, 'articles');

describe('own annotated articles (Gaza, Taiwan, ASEAN, Ukraine, Indonesian defence)', () => {
  const ids = readdirSync(DIR)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.replace(/\.txt$/, ''))
    .sort();

  it('has articles to score', () => {
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });

  it('reaches entity F1 >= 0.90 over all of them', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const problems: string[] = [];
    for (const id of ids) {
      const doc = extractArticle(readFileSync(join(DIR, `${id}.txt`), 'utf8'), { id, source: `${id}.txt` });
      const gold = parseGold(readFileSync(join(DIR, `${id}.json`), 'utf8'), `${id}.json`);
      const s = scoreDocument(doc, gold);
      tp += s.entities.tp;
      fp += s.entities.fp;
      fn += s.entities.fn;
      problems.push(...s.missedEntities.map((m) => `${id} missed ${m}`), ...s.falseEntities.map((m) => `${id} false ${m}`));
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = (2 * p * r) / (p + r);
    if (f1 < 0.9) throw new Error(`entity F1 ${f1.toFixed(3)} < 0.90:\n${problems.join('\n')}`);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
