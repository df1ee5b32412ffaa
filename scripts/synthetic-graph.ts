// Generated extraction output for benchmarks: `nodes` entities and `edges`
// distinct facts (subject, predicate, object) in clustered communities, split
// into articles, deterministic for a given seed. Not news: only the shape is real.
import { ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES, type ExtractedDocument, type ExtractedEntity, type ExtractedFact } from '../src/extract/types';

export { seededRandom as rng } from '../src/util/random';
import { seededRandom as rng } from '../src/util/random';

const OUTLETS = ['CNBC Indonesia', 'Kontan', 'Tribunnews', 'Liputan6', 'Kompas', 'Tempo', 'Antara', 'Detik'];
const PREFIX = { Person: 'person', Country: 'country', Organization: 'org', Location: 'location' } as const;

export function syntheticDocuments(nodes: number, edges: number, seed = 42, factsPerDoc = 50): ExtractedDocument[] {
  const random = rng(seed);
  const clusterSize = 40;
  const entities = Array.from({ length: nodes }, (_, i) => {
    const type = ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)]!;
    const name = `${type} ${i}`;
    return { id: `${PREFIX[type]}:synthetic-${i}`, name, type, aliases: [`${type.slice(0, 3)}${i}`] };
  });
  // heavy-tailed popularity, so a few nodes are hubs as in news
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < nodes; i++) cumulative.push((total += 1 / Math.pow(random() + 0.01, 1.1)));
  const pickPopular = () => {
    const r = random() * total;
    let lo = 0;
    let hi = nodes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const pickInCluster = (cluster: number) => {
    const lo = cluster * clusterSize;
    const hi = Math.min(nodes, lo + clusterSize);
    return lo + Math.floor(random() * (hi - lo));
  };
  const seen = new Set<string>();
  const facts: { s: number; o: number; p: number }[] = [];
  let guard = 0;
  while (facts.length < edges && guard++ < edges * 20) {
    const s = random() < 0.5 ? pickPopular() : Math.floor(random() * nodes);
    const o = random() < 0.85 ? pickInCluster(Math.floor(s / clusterSize)) : pickPopular();
    if (s === o) continue;
    const p = Math.floor(random() * PREDICATES.length);
    // symmetric predicates are one edge whichever way round
    const key = SYMMETRIC_PREDICATES.has(PREDICATES[p]!) ? `${Math.min(s, o)}|${p}|${Math.max(s, o)}` : `${s}|${p}|${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ s, o, p });
  }
  const docs: ExtractedDocument[] = [];
  const linked = new Set<number>();
  for (let start = 0; start < facts.length; start += factsPerDoc) {
    const chunk = facts.slice(start, start + factsPerDoc);
    docs.push(makeDoc(docs.length, chunk, entities, random));
    for (const f of chunk) linked.add(f.s).add(f.o);
  }
  // entities without facts still appear in some article
  const isolated = entities.map((_, i) => i).filter((i) => !linked.has(i));
  for (let start = 0; start < isolated.length; start += 200) {
    docs.push(makeDoc(docs.length, [], entities, random, isolated.slice(start, start + 200)));
  }
  return docs;
}

function makeDoc(
  index: number,
  chunk: { s: number; o: number; p: number }[],
  entities: { id: string; name: string; type: (typeof ENTITY_TYPES)[number]; aliases: string[] }[],
  random: () => number,
  extra: number[] = [],
): ExtractedDocument {
  const used = [...new Set([...chunk.flatMap((f) => [f.s, f.o]), ...extra])].sort((a, b) => a - b);
  const docEntities: ExtractedEntity[] = used.map((i) => {
    const e = entities[i]!;
    const count = 1 + Math.floor(random() * 3);
    return { ...e, mentions: Array.from({ length: count }, (_, k) => ({ start: k * 10, end: k * 10 + 5, text: e.name.slice(0, 5) })) };
  });
  const month = 1 + Math.floor(random() * 12);
  const date = `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const docFacts: ExtractedFact[] = chunk.map((f) => {
    const text = `${entities[f.s]!.name} ${PREDICATES[f.p]} ${entities[f.o]!.name}.`;
    return {
      subject: entities[f.s]!.id,
      predicate: PREDICATES[f.p]!,
      object: entities[f.o]!.id,
      modality: random() < 0.9 ? 'asserted' : 'denied',
      evidence: { start: 0, end: text.length, text },
      confidence: 0.7,
    };
  });
  const id = `synthetic_${String(index).padStart(5, '0')}`;
  return { id, source: `synthetic/${id}.txt`, title: null, outlet: OUTLETS[index % OUTLETS.length]!, publishedAt: date, language: 'id', entities: docEntities, facts: docFacts };
}
