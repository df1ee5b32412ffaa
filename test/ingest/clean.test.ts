import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanArticle } from '../../src/ingest/clean';
import type { CleanedArticle, RemovalReason } from '../../src/ingest/types';

const FILE = { id: 'doc', source: 'doc.txt' };
const clean = (text: string, referenceDate = '2025-01-15') => cleanArticle(text, FILE, { referenceDate });
const keptText = (c: CleanedArticle) => c.kept.map((s) => c.text.slice(s.start, s.end));
const removedOf = (c: CleanedArticle, reason: RemovalReason) => c.removed.filter((r) => r.reason === reason).map((r) => c.text.slice(r.start, r.end));

/** Spans sorted, non-overlapping, inside the text; kept spans trimmed and without line breaks. */
function expectWellFormed(c: CleanedArticle): void {
  // plain checks collected into one assertion: pages with 100,000 spans stay fast
  const problems: string[] = [];
  const all = [...c.kept, ...c.removed].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (s.start < 0 || s.end > c.text.length || s.end <= s.start) problems.push(`bad span ${s.start}-${s.end}`);
    if (i > 0 && s.start < all[i - 1].end) problems.push(`overlap at ${s.start}`);
  }
  for (const k of c.kept) {
    const t = c.text.slice(k.start, k.end);
    if (t !== t.trim() || /[\r\n]/.test(t)) problems.push(`untrimmed kept span ${k.start}-${k.end}`);
  }
  expect(problems.slice(0, 5)).toEqual([]);
}

describe('boilerplate removal', () => {
  const article = [
    'Jakarta, CNN Indonesia -- Menteri Luar Negeri Sugiono bertemu Menlu Jepang di Tokyo, Selasa (14/1).',
    'ADVERTISEMENT',
    'SCROLL TO CONTINUE WITH CONTENT',
    'Keduanya membahas kerja sama maritim dan situasi Laut China Selatan.',
    'Baca juga: Prabowo Terima Kunjungan PM Malaysia di Istana',
    'Saksikan video di bawah ini:',
    'Video: Suasana KTT ASEAN di Laos',
    'Perbesar',
    'Foto: Dok. Kemlu RI',
    'Halaman: 1 2',
    'Penulis : Andi Saputra',
    'Editor: Budi',
    '"Kami sepakat memperkuat patroli bersama," kata Sugiono. (ant/dil)',
    'Next Article Jepang Kirim Kapal Patroli ke Filipina',
  ].join('\n');
  const c = clean(article);

  test('each kind of furniture is removed with its reason', () => {
    expect(removedOf(c, 'dateline')).toEqual(['Jakarta, CNN Indonesia -- ']);
    expect(removedOf(c, 'boilerplate')).toEqual(['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Perbesar', 'Halaman: 1 2']);
    expect(removedOf(c, 'related-link')).toEqual(['Baca juga: Prabowo Terima Kunjungan PM Malaysia di Istana', 'Next Article Jepang Kirim Kapal Patroli ke Filipina']);
    expect(removedOf(c, 'video')).toEqual(['Saksikan video di bawah ini:', 'Video: Suasana KTT ASEAN di Laos']);
    expect(removedOf(c, 'photo-credit')).toEqual(['Foto: Dok. Kemlu RI']);
    expect(removedOf(c, 'byline')).toEqual(['Penulis : Andi Saputra', 'Editor: Budi']);
    expect(removedOf(c, 'editor-code')).toEqual([' (ant/dil)']);
  });

  test('the story itself is kept', () => {
    expect(keptText(c)).toEqual([
      'Menteri Luar Negeri Sugiono bertemu Menlu Jepang di Tokyo, Selasa (14/1).',
      'Keduanya membahas kerja sama maritim dan situasi Laut China Selatan.',
      '"Kami sepakat memperkuat patroli bersama," kata Sugiono.',
    ]);
    expectWellFormed(c);
  });

  test('metadata: outlet from the dateline, date from the weekday, Indonesian', () => {
    expect(c.meta.outlet).toBe('CNN Indonesia');
    // 14 January is a Tuesday in 2025 (reference date 2025-01-15)
    expect(c.meta.publishedAt).toBe('2025-01-14');
    expect(c.meta.language).toBe('id');
    expect(c.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a sentence that merely mentions a video or a photo is kept', () => {
    const k = clean('Video yang beredar memperlihatkan rudal ditembakkan dari Gaza.\nFoto satelit menunjukkan kerusakan di pangkalan itu.');
    expect(k.removed).toEqual([]);
    expect(keptText(k)).toHaveLength(2);
  });

  test('repeated caption lines are removed after their first occurrence', () => {
    const cap = 'Presiden Prabowo Subianto menyambut PM Anwar Ibrahim di Istana Merdeka';
    const k = clean(`${cap}\nKedua pemimpin membahas perbatasan laut.\n${cap}\nPertemuan berlangsung dua jam.`);
    expect(removedOf(k, 'caption')).toEqual([cap]);
  });

  test('photo credits at the end of a caption line are removed, the caption kept', () => {
    const k = clean('Tentara Israel berjaga di perbatasan Gaza. (ANTARA FOTO/REUTERS/Amir Cohen)\nSerangan berlanjut.');
    expect(removedOf(k, 'photo-credit')).toEqual([' (ANTARA FOTO/REUTERS/Amir Cohen)']);
    expect(keptText(k)[0]).toBe('Tentara Israel berjaga di perbatasan Gaza.');
  });
});

describe('datelines and outlets', () => {
  const cases: [string, string, string | null][] = [
    ['JAKARTA, KOMPAS.com - Pemerintah Indonesia mengecam serangan Israel ke Rafah.', 'JAKARTA, KOMPAS.com - ', 'Kompas'],
    ['Jakarta (ANTARA) - Menteri Pertahanan menerima kunjungan delegasi Australia.', 'Jakarta (ANTARA) - ', 'Antara'],
    ['KONTAN.CO.ID - TAIPEI. Taiwan mendeteksi 20 pesawat militer China di sekitar pulau itu.', 'KONTAN.CO.ID - TAIPEI. ', 'Kontan'],
    ['Liputan6.com, Manila - Filipina memprotes manuver kapal penjaga pantai China.', 'Liputan6.com, Manila - ', 'Liputan6'],
    ['TEMPO.CO, Jakarta - Kementerian Luar Negeri memanggil duta besar Myanmar.', 'TEMPO.CO, Jakarta - ', 'Tempo'],
    ['Bisnis.com, JAKARTA — Harga minyak dunia naik setelah serangan di Laut Merah.', 'Bisnis.com, JAKARTA — ', 'Bisnis Indonesia'],
    ['Jakarta - Presiden Joko Widodo menerima kunjungan Perdana Menteri Singapura di Istana Bogor pada pagi hari ini.', 'Jakarta - ', null],
  ];
  test.each(cases)('%s', (line, dateline, outlet) => {
    const c = clean(line);
    expect(removedOf(c, 'dateline')).toEqual([dateline]);
    expect(c.meta.outlet).toBe(outlet);
    expect(keptText(c)).toEqual([line.slice(dateline.length)]);
  });

  test('a sentence starting with a place and a dash inside is not a dateline', () => {
    const c = clean('Hubungan Rusia - Ukraina memburuk.');
    expect(c.removed).toEqual([]);
  });

  test('the outlet comes from a byline when there is no dateline', () => {
    const c = clean('Israel melanjutkan serangan ke Khan Younis.\n(Tribunnews.com/Andi)');
    expect(c.meta.outlet).toBe('Tribunnews');
    expect(removedOf(c, 'byline')).toEqual(['(Tribunnews.com/Andi)']);
  });

  test('no dateline and no byline: outlet is null', () => {
    expect(clean('Vietnam dan Indonesia menyepakati batas ZEE.').meta.outlet).toBeNull();
  });
});

describe('publishedAt', () => {
  test('the latest full date stated wins', () => {
    const c = clean('Serangan terjadi pada Senin (7/10/2024).\nPBB mengecamnya, Rabu (9/10/2024).\nPada 1 Oktober 2024 situasi masih tenang.', '2025-06-01');
    expect(c.meta.publishedAt).toBe('2024-10-09');
  });

  test('a weekday with day/month fixes the year: the latest year not after the reference date', () => {
    // 26 June is a Thursday in 2025 and in 2031; with reference 2030-01-01 it is 2025
    expect(clean('NIS melapor kepada parlemen pada Kamis (26/6).', '2030-01-01').meta.publishedAt).toBe('2025-06-26');
    // with reference 2025-06-25 the 2025 date is in the future: 2014 is the previous Thursday 26 June
    expect(clean('NIS melapor kepada parlemen pada Kamis (26/6).', '2025-06-25').meta.publishedAt).toBe('2014-06-26');
  });

  test('is deterministic given the reference date', () => {
    const text = 'Menlu bertemu mitranya pada Jumat (25/10).';
    expect(clean(text, '2026-01-01').meta.publishedAt).toBe(clean(text, '2026-01-01').meta.publishedAt);
  });

  test('a date without weekday or year is not a publication date; no date gives null', () => {
    expect(clean('Pertemuan digelar pada 12 Maret di Jakarta.').meta.publishedAt).toBeNull();
    expect(clean('Tidak ada tanggal di sini.').meta.publishedAt).toBeNull();
  });

  test('the page time stamp line counts and is removed', () => {
    const c = clean('Jumat, 08 Nov 2024 14:30 WIB\nMalaysia menolak klaim China atas Laut China Selatan.');
    expect(c.meta.publishedAt).toBe('2024-11-08');
    expect(removedOf(c, 'dateline')).toEqual(['Jumat, 08 Nov 2024 14:30 WIB']);
  });
});

describe('title and language', () => {
  test('a short first line without final period is the title', () => {
    const c = clean('Indonesia dan Australia Teken Perjanjian Pertahanan\nJakarta - Menteri Pertahanan kedua negara menandatangani perjanjian kerja sama di Canberra pada Kamis lalu.');
    expect(c.meta.title).toBe('Indonesia dan Australia Teken Perjanjian Pertahanan');
  });

  test('a first line that is a sentence or a dateline is not a title', () => {
    expect(clean('Presiden tiba di Canberra.\nIa disambut PM Australia.').meta.title).toBeNull();
    expect(clean('TRIBUNNEWS.COM - Presiden tiba di Canberra pada Rabu\nIa disambut PM Australia.').meta.title).toBeNull();
  });

  test('English articles are detected by function words', () => {
    expect(clean('The minister said that the talks with China were held in Beijing on Monday.').meta.language).toBe('en');
    expect(clean('Menteri mengatakan bahwa perundingan dengan China digelar di Beijing pada Senin.').meta.language).toBe('id');
  });
});

describe('odd input', () => {
  test('a BOM is removed as a span and CRLF / CR line ends split lines', () => {
    const text = '\uFEFFJakarta, CNBC Indonesia - Korsel memanggil dubes Rusia.\r\nADVERTISEMENT\rPertemuan berlangsung tertutup.';
    const c = clean(text);
    expect(c.removed[0]).toEqual({ start: 0, end: 1, reason: 'markup' });
    expect(keptText(c)).toEqual(['Korsel memanggil dubes Rusia.', 'Pertemuan berlangsung tertutup.']);
    expect(removedOf(c, 'boilerplate')).toEqual(['ADVERTISEMENT']);
    expectWellFormed(c);
  });

  test('an HTML page: markup, scripts and styles are removed spans, the text kept with original offsets', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Israel Serang Rafah | Berita Dunia</title><style>p{color:red}</style></head>',
      '<body><script>var ads = "Perang";</script>',
      '<h1>Israel Serang Rafah</h1>',
      '<p>Jakarta, CNBC Indonesia - Israel menyerang <b>Rafah</b> pada Selasa (7/5/2024).</p>',
      '<p>ADVERTISEMENT</p><p>PBB mengecam serangan itu &amp; meminta gencatan senjata.</p>',
      '</body></html>',
    ].join('\n');
    const c = clean(html);
    expect(c.meta.title).toBe('Israel Serang Rafah');
    expect(c.meta.outlet).toBe('CNBC Indonesia');
    expect(c.meta.publishedAt).toBe('2024-05-07');
    const kept = keptText(c).join(' | ');
    expect(kept).not.toMatch(/[<>]|var ads|color:red/);
    expect(kept).toContain('Israel menyerang');
    expect(kept).toContain('PBB mengecam serangan itu &amp; meminta gencatan senjata.');
    expect(removedOf(c, 'markup').some((s) => s.includes('<script>var ads'))).toBe(true);
    expectWellFormed(c);
  });
});

describe('properties', () => {
  const seedDir = join(__dirname, '..', '..', 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));

  test('cleaning never throws on random Unicode and its spans are well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(clean(text));
      }),
      { numRuns: 500 },
    );
  });

  test('mutated seed articles: spans stay well formed and slice back to the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', 'ADVERTISEMENT', '(isa/bac)', '"', '<p>', '\uFEFF', 'Baca juga: X\n', ' - ', '')), { maxLength: 8 }),
        (seed, edits) => {
          let text = seed;
          for (const [at, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i);
          }
          const c = clean(text);
          expectWellFormed(c);
          expect(c.text).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('whole articles in the shapes of different outlets', () => {
  test('Detik-like: headline, time stamp, bare dateline, video teaser, pagination, editor code', () => {
    const text = [
      'Menlu RI Desak Israel Hentikan Serangan ke Rafah',
      'Kamis, 09 Mei 2024 14:05 WIB',
      'Jakarta - Menteri Luar Negeri Retno Marsudi mendesak Israel menghentikan serangan ke Rafah yang menewaskan puluhan warga sipil.',
      'Simak Video "Warga Gaza Mengungsi ke Rafah":',
      '[Gambas:Video 20detik]',
      'Retno menyampaikan hal itu di Jakarta, Rabu (8/5/2024).',
      'Halaman 2 dari 2',
      '(rdp/imk)',
    ].join('\n');
    const c = clean(text, '2025-01-01');
    expect(c.meta.title).toBe('Menlu RI Desak Israel Hentikan Serangan ke Rafah');
    expect(c.meta.publishedAt).toBe('2024-05-09');
    expect(keptText(c)).toEqual([
      'Menlu RI Desak Israel Hentikan Serangan ke Rafah',
      'Menteri Luar Negeri Retno Marsudi mendesak Israel menghentikan serangan ke Rafah yang menewaskan puluhan warga sipil.',
      'Retno menyampaikan hal itu di Jakarta, Rabu (8/5/2024).',
    ]);
    expect(removedOf(c, 'video')).toHaveLength(2);
  });

  test('Kompas-like: caption with credit, Lihat Foto, promo lines naming the outlet', () => {
    const text = [
      'Lihat Foto',
      'Kapal penjaga pantai China di Laut China Selatan. (KOMPAS.com/ANDI)',
      'MANILA, KOMPAS.com - Filipina menuduh China menembakkan meriam air ke kapal pasokan di Second Thomas Shoal, Sabtu (22/6/2024).',
      'Baca juga: ASEAN Minta Semua Pihak Menahan Diri',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
      'Artikel ini telah tayang di Kompas.com dengan judul "Filipina Tuduh China".',
      'Tags: Filipina, China',
    ].join('\n');
    const c = clean(text, '2025-01-01');
    expect(c.meta.outlet).toBe('Kompas');
    expect(c.meta.publishedAt).toBe('2024-06-22');
    expect(keptText(c)).toEqual([
      'Kapal penjaga pantai China di Laut China Selatan.',
      'Filipina menuduh China menembakkan meriam air ke kapal pasokan di Second Thomas Shoal, Sabtu (22/6/2024).',
    ]);
  });

  test('Antara-like: dateline in parentheses, Pewarta/Editor/Copyright lines', () => {
    const text = [
      'Jakarta (ANTARA) - TNI mengirim 200 personel untuk misi perdamaian PBB di Lebanon pada Senin (21/10).',
      'Pasukan itu tergabung dalam Kontingen Garuda.',
      'Pewarta: Budi Santoso',
      'Editor: Rina',
      'Copyright © ANTARA 2024',
    ].join('\n');
    const c = clean(text, '2025-01-01');
    expect(c.meta.outlet).toBe('Antara');
    expect(c.meta.publishedAt).toBe('2024-10-21');
    expect(keptText(c)).toHaveLength(2);
    expect(c.removed.map((r) => r.reason)).toEqual(['dateline', 'byline', 'byline', 'boilerplate']);
  });

  test('an English wire story: language en, no Indonesian dateline', () => {
    const c = clean('TAIPEI (Reuters) - Taiwan said on Monday it had detected 25 Chinese aircraft near the island, as tensions with Beijing rose.');
    expect(c.meta.language).toBe('en');
    expect(removedOf(c, 'dateline')).toEqual(['TAIPEI (Reuters) - ']);
    expect(c.meta.outlet).toBe('Reuters');
  });
});

describe('large and hostile pages', () => {
  test('an unclosed <script> removes only its tag; the text after it stays', () => {
    const page = '<html><body><p>Israel menyerang Rafah.</p><script>var x = 1;<p>PBB mengecam.</p></body></html>';
    const kept = keptText(clean(page));
    expect(kept).toContain('Israel menyerang Rafah.');
    expect(kept).toContain('PBB mengecam.');
  });

  test('thousands of unclosed block tags are handled in linear time', () => {
    const page = '<p>' + 'Kata <b>tebal</b> dan <script>'.repeat(30000);
    const t0 = Date.now();
    const c = clean(page);
    expect(Date.now() - t0).toBeLessThan(15000);
    expectWellFormed(c);
  });
});
