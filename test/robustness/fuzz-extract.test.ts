// Property tests of the extractor over hostile text: random Unicode (with lone
// surrogates and control characters), Indonesian-like token soup and mutated
// seed articles. For every input: no throw, the output validates against the
// contract (JSON Schema via ajv) with every offset slicing back to the text,
// every fact points to entities of the same document, and the same input
// gives the same output.
import fc from 'fast-check';
import { validateDocument } from '../../src/extract/contract';
import { extractArticle } from '../../src/extract/pipeline';
import type { ExtractedDocument } from '../../src/extract/types';
import { seedFiles, seedText } from './helpers';

const FILE = { id: 'fuzz', source: 'fuzz/fuzz.txt' };
const OPTS = { referenceDate: '2025-06-30' };

function extract(text: string): ExtractedDocument {
  return extractArticle(text, FILE, OPTS);
}

/** The whole property: returns the problems found (empty = fine). */
function problemsWith(text: string): string[] {
  let doc: ExtractedDocument;
  try {
    doc = extract(text);
  } catch (e) {
    return [`threw ${(e as Error).stack ?? String(e)}`];
  }
  // a round trip through JSON, as the JSON Lines output does
  const result = validateDocument(JSON.parse(JSON.stringify(doc)), text);
  const problems = result.ok ? [] : result.errors;
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const f of doc.facts) {
    for (const id of [f.subject, f.object, f.attributedTo]) if (id !== undefined && !ids.has(id)) problems.push(`fact points to ${id}, not in the document`);
  }
  if (JSON.stringify(extract(text)) !== JSON.stringify(doc)) problems.push('not deterministic');
  return problems;
}

const property = (arb: fc.Arbitrary<string>) => fc.property(arb, (text) => {
  expect({ text, problems: problemsWith(text) }).toEqual({ text, problems: [] });
});

// Words of the seed articles plus the shapes news text has: capitalised names,
// acronyms, numbers with Indonesian separators, dates, quotes, brackets.
const seedWords = [...new Set(seedFiles().map((_, i) => seedText(i)).join(' ').split(/\s+/).filter(Boolean))].sort();
const shapes = [
  'Presiden', 'Menteri', 'Jenderal', 'kata', 'menurut', 'mengirim', 'menyerang', 'bertemu', 'tidak', 'membantah', 'akan',
  'Korut', 'RI', 'TNI', 'PBB', 'ASEAN', 'NATO', 'AS', 'Gaza', 'Taiwan', 'Ukraina', 'Rusia', 'Israel', 'Hamas', 'Jakarta',
  '12.000', '1,5', 'Rp', '5.000-an', '(26/6)', 'Senin', '2024', 'Juli', 'lalu', '"', '“', '”', '(', ')', ',', '.', ';', ':',
  '-', '—', '...', '\n', '\n\n', '\r\n', 'ADVERTISEMENT', 'Baca juga:', '-nya', 'yang', 'dan', 'ke', 'di', 'dari',
];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...seedWords) },
  { weight: 2, arbitrary: fc.constantFrom(...shapes) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
);
const tokenSoup = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '', '\n', '  ', '\t')), { maxLength: 300 }).map((parts) =>
  parts.map(([w, sep]) => w + sep).join(''),
);

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

type Mutation = { at: number; kind: 'delete' | 'duplicate' | 'insert' | 'upper' | 'lower' | 'newline' | 'truncate'; len: number; insert: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'upper', 'lower', 'newline', 'truncate'),
  len: fc.integer({ min: 1, max: 120 }),
  insert: fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('"', '(', ')', '.', ' ', '\r\n', 'Presiden ', ' kata ', '\ufeff', '\u0000')),
});
function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    const piece = t.slice(at, at + m.len);
    switch (m.kind) {
      case 'delete': t = t.slice(0, at) + t.slice(at + m.len); break;
      case 'duplicate': t = t.slice(0, at) + piece + piece + t.slice(at + m.len); break;
      case 'insert': t = t.slice(0, at) + m.insert + t.slice(at); break;
      case 'upper': t = t.slice(0, at) + piece.toUpperCase() + t.slice(at + m.len); break;
      case 'lower': t = t.slice(0, at) + piece.toLowerCase() + t.slice(at + m.len); break;
      case 'newline': t = t.slice(0, at) + '\n' + t.slice(at); break;
      case 'truncate': t = t.slice(0, Math.max(at, 1)); break;
    }
  }
  return t;
}
const mutatedSeed = fc
  .tuple(fc.integer({ min: 0, max: seedFiles().length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([i, ms]) => mutate(seedText(i), ms));

describe('extractor fuzzing (fast-check)', () => {
  it('the seeds themselves satisfy the property', () => {
    for (let i = 0; i < seedFiles().length; i++) expect(problemsWith(seedText(i))).toEqual([]);
  });

  it('random Unicode (any code point, graphemes, control characters)', () => {
    fc.assert(property(fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 600 }))), { numRuns: 150, seed: 6001 });
  });

  it('random UTF-16 code units, lone surrogates included', () => {
    fc.assert(property(loneSurrogates), { numRuns: 100, seed: 6002 });
  });

  it('Indonesian-like token soup built from seed words and news-text shapes', () => {
    fc.assert(property(tokenSoup), { numRuns: 200, seed: 6003 });
  });

  it('mutated seed articles (cut, duplicated, re-cased, stray characters and line breaks)', () => {
    fc.assert(property(mutatedSeed), { numRuns: 60, seed: 6004 });
  });
});
