// Synthetic corpora for load and overview timing: many articles over a large,
// skewed entity population (a few entities in most articles, a long tail).
import { seededRandom as random } from '../../src/util/random';
import { PREDICATES, type EntityType, type ExtractedDocument } from '../../src/extract/types';

const TYPES: EntityType[] = ['Country', 'Organization', 'Person', 'Location'];


export function syntheticCorpus(articles: number, entityPool: number, entitiesPerArticle: number, factsPerArticle: number): ExtractedDocument[] {
  const rand = random(42);
  const pick = (): number => Math.floor(Math.pow(rand(), 2) * entityPool); // skewed to low ids
  const docs: ExtractedDocument[] = [];
  for (let a = 0; a < articles; a++) {
    const ids = new Set<number>();
    while (ids.size < Math.min(entitiesPerArticle, entityPool)) ids.add(pick());
    const list = [...ids];
    const entities = list.map((n) => ({
      id: `syn:e${n}`,
      name: `Entity ${n}`,
      type: TYPES[n % TYPES.length]!,
      aliases: [`Entitas ${n}`],
      mentions: [{ start: n % 100, end: (n % 100) + 5, text: 'Entit' }],
    }));
    const facts = Array.from({ length: factsPerArticle }, (_, f) => ({
      subject: `syn:e${list[f % list.length]}`,
      predicate: PREDICATES[Math.floor(rand() * PREDICATES.length)]!,
      object: `syn:e${list[(f + 1 + Math.floor(rand() * (list.length - 1))) % list.length]}`,
      ...(f % 3 === 0 ? { count: 1000 + f } : {}),
      evidence: { start: f * 40, end: f * 40 + 30, text: `kalimat ${f}` },
      confidence: 0.5,
    }));
    docs.push({
      id: `syn_${String(a).padStart(6, '0')}`,
      source: `synthetic/${a}.txt`,
      title: null,
      outlet: ['Kompas', 'Tempo', 'Antara', 'Detik'][a % 4]!,
      publishedAt: `2024-${String((a % 12) + 1).padStart(2, '0')}-15`,
      language: 'id',
      contentHash: `synthetic-${a}`,
      entities,
      facts,
    });
  }
  return docs;
}
