import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { tokenize } from '../../../src/extract/tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  test('numbers keep their Indonesian separators', () => {
    expect(texts('Sebanyak 1.500 tentara, 12.000 pekerja dan 3,5 juta dolar.')).toEqual([
      'Sebanyak', '1.500', 'tentara', ',', '12.000', 'pekerja', 'dan', '3,5', 'juta', 'dolar', '.',
    ]);
    expect(texts('pukul 09.30 WIB, periode 2014-2019')).toEqual(['pukul', '09.30', 'WIB', ',', 'periode', '2014-2019']);
    expect(texts('Rp23,5 triliun, US$1,2 miliar, 5.000-an orang')).toEqual(['Rp', '23,5', 'triliun', ',', 'US$', '1,2', 'miliar', ',', '5.000-an', 'orang']);
  });

  test('dates in parentheses are one token between the parentheses', () => {
    expect(texts('pada Kamis (26/6) dan Sabtu (19/10/2024).')).toEqual(['pada', 'Kamis', '(', '26/6', ')', 'dan', 'Sabtu', '(', '19/10/2024', ')', '.']);
  });

  test('abbreviations and initials keep their period; a sentence-final period does not', () => {
    expect(texts('Dr. Retno tinggal di Jl. Sudirman No. 5, dll.')).toEqual(['Dr.', 'Retno', 'tinggal', 'di', 'Jl.', 'Sudirman', 'No.', '5', ',', 'dll.']);
    expect(texts('dikirim a.n. Menteri dan J. Robert tiba.')).toEqual(['dikirim', 'a.n.', 'Menteri', 'dan', 'J.', 'Robert', 'tiba', '.']);
    expect(texts('Ia menolak.')).toEqual(['Ia', 'menolak', '.']);
  });

  test('hyphenated names, reduplication, ordinals and clitics stay whole', () => {
    expect(texts('Kim Jong-un, Yunus-Bek Yevkurov, negara-negara, ke-3, F-16, AS-nya, tahun 1990-an')).toEqual([
      'Kim', 'Jong-un', ',', 'Yunus-Bek', 'Yevkurov', ',', 'negara-negara', ',', 'ke-3', ',', 'F-16', ',', 'AS-nya', ',', 'tahun', '1990-an',
    ]);
    expect(texts('pasukannya dan senjatanya')).toEqual(['pasukannya', 'dan', 'senjatanya']);
  });

  test('web names, URLs and e-mail stay whole', () => {
    expect(texts('Liputan6.com, Kyiv - KONTAN.CO.ID melaporkan https://www.kompas.com/a/b.html. Surel: redaksi@tempo.co.id')).toEqual([
      'Liputan6.com', ',', 'Kyiv', '-', 'KONTAN.CO.ID', 'melaporkan', 'https://www.kompas.com/a/b.html', '.', 'Surel', ':', 'redaksi@tempo.co.id',
    ]);
  });

  test('quotes and other punctuation are separate tokens; ellipsis is one', () => {
    expect(texts('"Kami siap," kata Menhan… lalu “pergi”...')).toEqual(['"', 'Kami', 'siap', ',', '"', 'kata', 'Menhan', '…', 'lalu', '“', 'pergi', '”', '...']);
  });

  test('a word followed by a period that is not an abbreviation ends with a separate period', () => {
    expect(texts('Ia tiba di Jakarta.Lalu pergi.')).toEqual(['Ia', 'tiba', 'di', 'Jakarta', '.', 'Lalu', 'pergi', '.']);
  });

  test('tokens of a sub-range carry offsets into the whole text', () => {
    const text = 'Abaikan ini. Korea Utara mengirim 1.500 tentara.';
    const tokens = tokenize(text, 13, text.length);
    expect(tokens[0]).toEqual({ text: 'Korea', start: 13, end: 18, lower: 'korea' });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('property: every token slices back to its text, tokens are ordered, non-overlapping and non-blank', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        let last = start;
        for (const t of tokenize(text, start, end)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.lower).toBe(t.text.toLowerCase());
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeLessThanOrEqual(end);
          expect(t.text.trim()).not.toBe('');
          last = t.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('property: no letter or digit is lost', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const covered = tokenize(text).map((t) => t.text).join('');
        const strip = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        expect(strip(covered)).toBe(strip(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('agreement with the NER corpora the tagger trains on', () => {
  const file = '/work/shared/datasets/ner/nerui/train.01.tsv';
  const run = existsSync(file) ? test : test.skip;
  run('re-tokenizing NER UI fold 1 sentences reproduces at least 99.5% of the corpus tokens', () => {
    const sentences: string[][] = [[]];
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      if (!line.trim()) {
        if (sentences[sentences.length - 1].length) sentences.push([]);
        continue;
      }
      sentences[sentences.length - 1].push(line.split('\t')[0]);
    }
    let reproduced = 0;
    let total = 0;
    for (const corpus of sentences) {
      const ours = new Set(tokenize(corpus.join(' ')).map((t) => t.text));
      for (const w of corpus) {
        total++;
        if (ours.has(w)) reproduced++;
      }
    }
    expect(total).toBeGreaterThan(10_000);
    expect(reproduced / total).toBeGreaterThanOrEqual(0.995);
  });
});
