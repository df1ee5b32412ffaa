// Regression guard on extraction quality: the seed gold (../shared) must stay at
// or above the thresholds, and our own annotated articles (test/gold,
// topics the seeds do not cover) must not fall below what they score today.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract/pipeline';
import { documentIdFor } from '../../src/extract/file';
import { readGoldDir } from '../../src/eval/gold';
import { scoreCorpus } from '../../src/eval/score';

const root = join(__dirname, '..', '..');

function scoreFolder(articles: string, gold: string) {
  const docs = readdirSync(articles)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => extractArticle(readFileSync(join(articles, n), 'utf8'), { id: documentIdFor(n), source: n }));
  return scoreCorpus(docs, readGoldDir(gold));
}

const sharedGold = join(root, '..', 'shared', 'gold', 'seeds');
const hasShared = existsSync(sharedGold);
if (!hasShared) console.warn(`\n*** SKIPPED: seed gold regression — ${sharedGold} is not there (CI has ../shared beside the clone) ***\n`);

(hasShared ? describe : describe.skip)('seed gold (../shared/gold/seeds)', () => {
  it('keeps fact F1 >= 0.85 and entity F1 >= 0.90', () => {
    const r = scoreFolder(join(root, 'seeds'), sharedGold);
    expect(r.unmatchedGold).toEqual([]);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.facts.f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('our own annotated articles (test/gold)', () => {
  it('stay at fact F1 >= 0.80 and entity F1 >= 0.90', () => {
    const r = scoreFolder(join(root, 'test', 'gold', 'articles'), join(root, 'test', 'gold', 'annotations'));
    expect(r.unmatchedGold).toEqual([]);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.facts.f1).toBeGreaterThanOrEqual(0.8);
  });
});

// test/heldout: ten articles written blind by a colleague who never read the
// extractor. h01–h05 have been used for development since; h06–h10 are still
// unread by anyone tuning the extractor (only their scores are looked at).
describe('held-out articles (test/heldout)', () => {
  it('stay at fact F1 >= 0.83 and entity F1 >= 0.92 overall', () => {
    const r = scoreFolder(join(root, 'test', 'heldout', 'articles'), join(root, 'test', 'heldout', 'annotations'));
    expect(r.unmatchedGold).toEqual([]);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.facts.f1).toBeGreaterThanOrEqual(0.83);
  });
});
