import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanArticle } from '../../../src/ingest/clean';
import { splitSentences } from '../../../src/extract/sentences';

const whole = (text: string) => [{ start: 0, end: text.length }];
const split = (text: string) => splitSentences(text, whole(text)).map((s) => s.text);

describe('splitSentences', () => {
  test('splits at sentence-final punctuation followed by a capital', () => {
    expect(split('Israel menyerang Rafah. PBB mengecam serangan itu! Apakah gencatan senjata bertahan? Belum jelas.')).toEqual([
      'Israel menyerang Rafah.',
      'PBB mengecam serangan itu!',
      'Apakah gencatan senjata bertahan?',
      'Belum jelas.',
    ]);
  });

  test('abbreviations, initials and decimal numbers do not end a sentence', () => {
    expect(split('Dr. Retno Marsudi tiba di Jl. Medan Merdeka No. 6 pukul 09.30. Ia disambut H. Agus.')).toEqual([
      'Dr. Retno Marsudi tiba di Jl. Medan Merdeka No. 6 pukul 09.30.',
      'Ia disambut H. Agus.',
    ]);
  });

  test('a period followed by a lower-case word does not split', () => {
    expect(split('Harga naik 3,5 persen dsb. dan terus naik.')).toEqual(['Harga naik 3,5 persen dsb. dan terus naik.']);
  });

  test('"…," kata X. stays one sentence', () => {
    expect(split('"Kami tidak akan mundur," kata Zelensky. Ia lalu pergi.')).toEqual(['"Kami tidak akan mundur," kata Zelensky.', 'Ia lalu pergi.']);
  });

  test('a quote spanning sentences stays with its attribution', () => {
    expect(split('"Serangan itu ilegal. Kami menuntut penyelidikan," ujar Menlu Sugiono kepada wartawan.')).toEqual([
      '"Serangan itu ilegal. Kami menuntut penyelidikan," ujar Menlu Sugiono kepada wartawan.',
    ]);
    expect(split('Ia berkata, “Kami siap berunding. Tetapi tidak sekarang.” Pertemuan bubar.')).toEqual([
      'Ia berkata, “Kami siap berunding. Tetapi tidak sekarang.”',
      'Pertemuan bubar.',
    ]);
  });

  test('a sentence ending inside a quote ends after the closing quote', () => {
    expect(split('Kremlin menyebut laporan itu "berita palsu." Namun Putin tidak membantah.')).toEqual([
      'Kremlin menyebut laporan itu "berita palsu."',
      'Namun Putin tidak membantah.',
    ]);
  });

  test('an unpaired quote mark does not swallow the paragraph', () => {
    expect(split('"Kami siap berperang. Tentara sudah bergerak.')).toEqual(['"Kami siap berperang.', 'Tentara sudah bergerak.']);
  });

  test('line ends (LF, CRLF, CR) always end a sentence: headlines have no period', () => {
    expect(split('Korea Utara Kirim Pasukan\r\nSeoul mengecam.\rTokyo diam\nWashington waspada.')).toEqual([
      'Korea Utara Kirim Pasukan',
      'Seoul mengecam.',
      'Tokyo diam',
      'Washington waspada.',
    ]);
  });

  test('never crosses a removed span: sentences stay inside kept spans', () => {
    const text = 'Rusia menyerang Kyiv ADVERTISEMENT pada malam hari.';
    const kept = [
      { start: 0, end: 20 },
      { start: 35, end: text.length },
    ];
    expect(splitSentences(text, kept).map((s) => s.text)).toEqual(['Rusia menyerang Kyiv', 'pada malam hari.']);
  });

  test('inline HTML markup inside a paragraph does not break the sentence; tokens skip it', () => {
    const text = '<p>Israel menyerang <b>Rafah</b> lagi.</p>';
    const c = cleanArticle(text + '\n<p>a</p><p>b</p><p>c</p>', { id: 'h', source: 'h' });
    const sentences = splitSentences(c.text, c.kept);
    expect(sentences[0].text).toBe('Israel menyerang <b>Rafah</b> lagi.');
    expect(sentences[0].tokens.map((t) => t.text)).toEqual(['Israel', 'menyerang', 'Rafah', 'lagi', '.']);
  });

  test('sentence indexes run 0..n-1 and tokens lie inside their sentence', () => {
    const text = 'Satu. Dua.\nTiga.';
    const sentences = splitSentences(text, whole(text));
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of sentences) for (const t of s.tokens) expect(t.start >= s.start && t.end <= s.end).toBe(true);
  });

  test('seed articles: cleaned sentences never contain boilerplate and slice back exactly', () => {
    const dir = join(__dirname, '..', '..', '..', 'seeds');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const c = cleanArticle(text, { id: f, source: f }, { referenceDate: '2026-01-01' });
      const sentences = splitSentences(text, c.kept);
      expect(sentences.length).toBeGreaterThan(5);
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/ADVERTISEMENT|SCROLL TO CONTINUE|Baca [Jj]uga|\(\w+\/\w+\)$/);
        for (const r of c.removed) expect(s.end <= r.start || s.start >= r.end).toBe(true);
      }
    }
  });

  test('property: over random kept spans, sentences stay inside one span group, slice back, never overlap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const kept = [];
        for (let i = 0; i + 1 < points.length; i += 2) if (points[i + 1] > points[i]) kept.push({ start: points[i], end: points[i + 1] });
        const sentences = splitSentences(text, kept);
        let last = 0;
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
          // no markup in random text here: each sentence lies inside one kept span
          if (!text.includes('<')) expect(kept.some((k) => k.start <= s.start && s.end <= k.end)).toBe(true);
          for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('abbreviations at the end of a sentence', () => {
  test('company suffixes and list endings may end a sentence; titles never do', () => {
    expect(split('Kontrak diteken dengan Lockheed Martin Corp. Nilainya 2 miliar dolar.')).toEqual([
      'Kontrak diteken dengan Lockheed Martin Corp.',
      'Nilainya 2 miliar dolar.',
    ]);
    expect(split('Bantuan berupa beras, obat, dll. Semua dikirim lewat Rafah.')).toEqual(['Bantuan berupa beras, obat, dll.', 'Semua dikirim lewat Rafah.']);
    expect(split('Ia bertemu Prof. Hikmahanto dan Dr. Dino di Jakarta.')).toEqual(['Ia bertemu Prof. Hikmahanto dan Dr. Dino di Jakarta.']);
    expect(split('PT Pindad (Persero) Tbk. dan PT PAL ikut pameran.')).toEqual(['PT Pindad (Persero) Tbk. dan PT PAL ikut pameran.']);
  });
});
