// Hand-built inputs for the fact stage, independent of the entity stage: the
// test names each entity with its surface forms, and every occurrence of a
// form (whole tokens, longest first) becomes a mention.
import { splitSentences } from '../../../src/extract/sentences';
import type {
  DocumentContext,
  EntityMention,
  EntityResult,
  EntityType,
  ExtractedEntity,
  ExtractedFact,
} from '../../../src/extract/types';
import { extractFacts } from '../../../src/extract/facts';

export interface EntitySpec {
  id: string;
  type: EntityType;
  forms: string[];
  /** coreference forms (pronouns, "kedua negara"): mentions with source 'coref' */
  coref?: string[];
}

/** A plural coreference: one surface form standing for several entities. */
export interface PluralCoref {
  form: string;
  ids: string[];
}

export function makeDoc(text: string, publishedAt: string | null = '2025-03-14'): DocumentContext {
  return {
    text,
    meta: { id: 'test', source: 'test.txt', title: null, outlet: null, publishedAt, language: 'id', contentHash: 'x' },
    sentences: splitSentences(text, [{ start: 0, end: text.length }]),
  };
}

export function makeEntities(doc: DocumentContext, specs: EntitySpec[], plural: PluralCoref[] = []): EntityResult {
  const forms: Array<{ words: string[]; ids: string[]; coref: boolean }> = [];
  for (const s of specs) {
    for (const f of s.forms) forms.push({ words: f.split(/\s+/), ids: [s.id], coref: false });
    for (const f of s.coref ?? []) forms.push({ words: f.split(/\s+/), ids: [s.id], coref: true });
  }
  for (const p of plural) forms.push({ words: p.form.split(/\s+/), ids: p.ids, coref: true });
  forms.sort((a, b) => b.words.length - a.words.length);
  const typeOf = new Map(specs.map((s) => [s.id, s.type]));
  const mentions: EntityMention[] = [];
  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    const taken = new Array(toks.length).fill(false);
    for (const f of forms) {
      for (let i = 0; i + f.words.length <= toks.length; i++) {
        let ok = true;
        // names match with their case (so the preposition "antara" is not the outlet Antara);
        // coreference forms match case-insensitively
        for (let k = 0; k < f.words.length && ok; k++) {
          const t = toks[i + k];
          ok = !taken[i + k] && (f.coref ? t.lower === f.words[k].toLowerCase() : t.text === f.words[k]);
        }
        if (!ok) continue;
        for (let k = 0; k < f.words.length; k++) taken[i + k] = true;
        const start = toks[i].start;
        const end = toks[i + f.words.length - 1].end;
        for (const id of f.ids) {
          mentions.push({
            sentence: sent.index,
            tokenStart: i,
            tokenEnd: i + f.words.length,
            start,
            end,
            text: doc.text.slice(start, end),
            entityId: id,
            type: typeOf.get(id) as EntityType,
            source: f.coref ? 'coref' : 'gazetteer',
          });
        }
      }
    }
  }
  const entities: ExtractedEntity[] = specs.map((s) => ({
    id: s.id,
    name: s.id,
    type: s.type,
    aliases: s.forms,
    mentions: mentions.filter((m) => m.entityId === s.id && m.source !== 'coref').map((m) => ({ start: m.start, end: m.end, text: m.text })),
  }));
  return { entities, mentions };
}

// Common entities of the test sentences (none taken from the seed articles' facts).
export const E = {
  ID: { id: 'country:ID', type: 'Country', forms: ['Indonesia', 'RI', 'Jakarta'] },
  IL: { id: 'country:IL', type: 'Country', forms: ['Israel', 'Tel Aviv'] },
  PS: { id: 'country:PS', type: 'Country', forms: ['Palestina'] },
  CN: { id: 'country:CN', type: 'Country', forms: ['China', 'Tiongkok', 'Beijing'] },
  TW: { id: 'country:TW', type: 'Country', forms: ['Taiwan', 'Taipei'] },
  US: { id: 'country:US', type: 'Country', forms: ['Amerika Serikat', 'AS', 'Washington'] },
  UA: { id: 'country:UA', type: 'Country', forms: ['Ukraina', 'Kyiv'] },
  RU: { id: 'country:RU', type: 'Country', forms: ['Rusia', 'Moskow', 'Kremlin'] },
  PH: { id: 'country:PH', type: 'Country', forms: ['Filipina', 'Manila'] },
  AU: { id: 'country:AU', type: 'Country', forms: ['Australia'] },
  JP: { id: 'country:JP', type: 'Country', forms: ['Jepang'] },
  IR: { id: 'country:IR', type: 'Country', forms: ['Iran'] },
  MY: { id: 'country:MY', type: 'Country', forms: ['Malaysia'] },
  GB: { id: 'country:GB', type: 'Country', forms: ['Inggris'] },
  FR: { id: 'country:FR', type: 'Country', forms: ['Prancis'] },
  QA: { id: 'country:QA', type: 'Country', forms: ['Qatar'] },
  EG: { id: 'country:EG', type: 'Country', forms: ['Mesir'] },
  GAZA: { id: 'location:gaza', type: 'Location', forms: ['Gaza', 'Jalur Gaza'] },
  RAFAH: { id: 'location:rafah', type: 'Location', forms: ['Rafah'] },
  KHARKIV: { id: 'location:kharkiv', type: 'Location', forms: ['Kharkiv'] },
  CRIMEA: { id: 'location:crimea', type: 'Location', forms: ['Krimea'] },
  SCS: { id: 'location:south-china-sea', type: 'Location', forms: ['Laut China Selatan'] },
  NATUNA: { id: 'location:natuna', type: 'Location', forms: ['Natuna'] },
  HAMAS: { id: 'org:hamas', type: 'Organization', forms: ['Hamas'] },
  UN: { id: 'org:united-nations', type: 'Organization', forms: ['PBB', 'Perserikatan Bangsa-Bangsa'] },
  ASEAN: { id: 'org:asean', type: 'Organization', forms: ['ASEAN'] },
  NATO: { id: 'org:nato', type: 'Organization', forms: ['NATO'] },
  EU: { id: 'org:european-union', type: 'Organization', forms: ['Uni Eropa', 'UE'] },
  TNI: { id: 'org:tni', type: 'Organization', forms: ['TNI', 'Tentara Nasional Indonesia'] },
  KEMLU: { id: 'org:kemlu', type: 'Organization', forms: ['Kementerian Luar Negeri'] },
  PRABOWO: { id: 'person:prabowo-subianto', type: 'Person', forms: ['Prabowo Subianto', 'Prabowo'] },
  SUGIONO: { id: 'person:sugiono', type: 'Person', forms: ['Sugiono'] },
  ZELENSKY: { id: 'person:volodymyr-zelensky', type: 'Person', forms: ['Volodymyr Zelensky', 'Zelensky'] },
  NETANYAHU: { id: 'person:benjamin-netanyahu', type: 'Person', forms: ['Benjamin Netanyahu', 'Netanyahu'] },
  GUTERRES: { id: 'person:antonio-guterres', type: 'Person', forms: ['Antonio Guterres', 'Guterres'] },
  LAI: { id: 'person:lai-ching-te', type: 'Person', forms: ['Lai Ching-te'] },
  ANWAR: { id: 'person:anwar-ibrahim', type: 'Person', forms: ['Anwar Ibrahim', 'Anwar'] },
  REUTERS: { id: 'org:reuters', type: 'Organization', forms: ['Reuters'] },
  ANTARA: { id: 'org:antara', type: 'Organization', forms: ['Antara'] },
} satisfies Record<string, EntitySpec>;

/** Run the fact stage on text with the given entities. */
export function factsOf(text: string, specs: EntitySpec[], plural: PluralCoref[] = [], publishedAt: string | null = '2025-03-14'): ExtractedFact[] {
  const doc = makeDoc(text, publishedAt);
  return extractFacts(doc, makeEntities(doc, specs, plural));
}

/** "subject PREDICATE object" strings, for compact assertions. */
export function triples(facts: ExtractedFact[]): string[] {
  return [...new Set(facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`))].sort();
}

export function find(facts: ExtractedFact[], s: string, p: string, o: string): ExtractedFact | undefined {
  return facts.find(
    (f) => f.predicate === p && ((f.subject === s && f.object === o) || (isSym(p) && f.subject === o && f.object === s)),
  );
}

function isSym(p: string): boolean {
  return p === 'MEETS' || p === 'SIGNS_AGREEMENT_WITH' || p === 'ALLIED_WITH' || p === 'FIGHTS_AGAINST';
}
