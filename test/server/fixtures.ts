// Extracted documents for server and page tests, built from short Indonesian
// texts so that every offset slices back to its text, as output.md requires.
import type { EntityType, ExtractedDocument, ExtractedFact, Modality, Predicate } from '../../src/extract/types';

interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** surface forms to find in the text */
  forms: string[];
  wikidata?: string;
}
interface FactSpec {
  s: string;
  p: Predicate;
  o: string;
  sentence: string;
  count?: number;
  time?: string;
  modality?: Modality;
  attributedTo?: string;
}

export const ENTITIES: Record<string, EntitySpec> = {
  KP: { id: 'country:KP', name: 'North Korea', type: 'Country', aliases: ['Korea Utara', 'Korut', 'Pyongyang'], forms: ['Korea Utara', 'Korut'], wikidata: 'Q423' },
  RU: { id: 'country:RU', name: 'Russia', type: 'Country', aliases: ['Rusia', 'Moskow'], forms: ['Rusia'], wikidata: 'Q159' },
  UA: { id: 'country:UA', name: 'Ukraine', type: 'Country', aliases: ['Ukraina'], forms: ['Ukraina'], wikidata: 'Q212' },
  KR: { id: 'country:KR', name: 'South Korea', type: 'Country', aliases: ['Korea Selatan', 'Korsel'], forms: ['Korea Selatan'] },
  NIS: { id: 'org:national-intelligence-service', name: 'National Intelligence Service', type: 'Organization', aliases: ['NIS', 'Badan Intelijen Nasional'], forms: ['NIS'] },
  KIM: { id: 'person:kim-jong-un', name: 'Kim Jong Un', type: 'Person', aliases: ['Kim'], forms: ['Kim Jong Un'] },
  KURSK: { id: 'location:kursk', name: 'Kursk', type: 'Location', aliases: [], forms: ['Kursk'] },
  ID: { id: 'country:ID', name: 'Indonesia', type: 'Country', aliases: ['RI'], forms: ['Indonesia'] },
};

function makeDoc(id: string, outlet: string, publishedAt: string, sentences: string[], facts: FactSpec[]): ExtractedDocument {
  const text = sentences.join(' ');
  const entities = Object.values(ENTITIES)
    .map((e) => {
      const mentions = e.forms.flatMap((form) => {
        const found: { start: number; end: number; text: string }[] = [];
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) found.push({ start: i, end: i + form.length, text: form });
        return found;
      });
      return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions, ...(e.wikidata ? { wikidata: e.wikidata } : {}) };
    })
    .filter((e) => e.mentions.length > 0);
  const extracted: ExtractedFact[] = facts.map((f) => {
    const start = text.indexOf(f.sentence);
    if (start < 0) throw new Error(`fixture ${id}: sentence not in text: ${f.sentence}`);
    return {
      subject: ENTITIES[f.s]!.id,
      predicate: f.p,
      object: ENTITIES[f.o]!.id,
      ...(f.count !== undefined ? { count: f.count } : {}),
      ...(f.time ? { time: f.time } : {}),
      modality: f.modality ?? 'asserted',
      ...(f.attributedTo ? { attributedTo: ENTITIES[f.attributedTo]!.id } : {}),
      evidence: { start, end: start + f.sentence.length, text: f.sentence },
      confidence: 0.8,
    };
  });
  return { id, source: `fixtures/${id}.txt`, title: null, outlet, publishedAt, language: 'id', entities, facts: extracted };
}

const S1 = 'Menurut NIS, Korea Utara telah mengirim 12.000 tentara ke Rusia pada Oktober.';
const S2 = 'Pasukan Korut dikerahkan ke wilayah Kursk untuk melawan Ukraina.';
const S3 = 'Korea Utara memasok rudal dan amunisi kepada Rusia.';
const S4 = 'Badan intelijen NIS menyebut Korea Utara mengirim 1.500 tentara ke Rusia.';
const S5 = 'Korea Utara membantah memasok senjata kepada Rusia.';
const S6 = 'Kim Jong Un bertemu Presiden Rusia di Pyongyang.';
const S7 = 'Indonesia mengecam serangan Rusia ke Ukraina.';
const S8 = 'Korea Selatan mengecam Korea Utara atas pengiriman tentara.';

export const FIXTURE_DOCS: ExtractedDocument[] = [
  makeDoc('fx_001', 'CNBC Indonesia', '2024-10-19', [S1, S2, S3], [
    { s: 'KP', p: 'SENDS_TROOPS_TO', o: 'RU', sentence: S1, count: 12000, time: '2024-10', attributedTo: 'NIS' },
    { s: 'KP', p: 'SENDS_TROOPS_TO', o: 'KURSK', sentence: S2 },
    { s: 'KP', p: 'FIGHTS_AGAINST', o: 'UA', sentence: S2 },
    { s: 'KP', p: 'SUPPLIES_WEAPONS_TO', o: 'RU', sentence: S3 },
  ]),
  makeDoc('fx_002', 'Kontan', '2024-10-18', [S4, S5, S6], [
    { s: 'KP', p: 'SENDS_TROOPS_TO', o: 'RU', sentence: S4, count: 1500, attributedTo: 'NIS' },
    { s: 'KP', p: 'SUPPLIES_WEAPONS_TO', o: 'RU', sentence: S5, modality: 'denied', attributedTo: 'KP' },
    { s: 'KIM', p: 'MEETS', o: 'RU', sentence: S6, time: '2024-06' },
  ]),
  makeDoc('fx_003', 'Tribunnews', '2023-03-02', [S7, S8], [
    { s: 'ID', p: 'CONDEMNS', o: 'RU', sentence: S7 },
    { s: 'KR', p: 'CONDEMNS', o: 'KP', sentence: S8 },
  ]),
];
