// Qualifiers: modality, attribution, count, time, evidence, confidence, and
// determinism of the whole stage.
import fc from 'fast-check';
import { E, factsOf, find, makeDoc, makeEntities, type EntitySpec } from './fixture';
import { extractFacts } from '../../../src/extract/facts';

const ALL: EntitySpec[] = Object.values(E);
const one = (text: string, s: EntitySpec, p: string, o: EntitySpec, publishedAt?: string | null) => {
  const f = find(factsOf(text, ALL, [], publishedAt === undefined ? '2025-03-14' : publishedAt), s.id, p, o.id);
  if (!f) throw new Error(`no ${s.id} ${p} ${o.id} in: ${text}`);
  return f;
};

describe('modality', () => {
  test('akan → planned', () => {
    expect(one('Indonesia akan mengirim pasukan perdamaian ke Gaza.', E.ID, 'SENDS_TROOPS_TO', E.GAZA).modality).toBe('planned');
  });
  test('berencana → planned', () => {
    expect(one('Prancis berencana mengirim pasukan ke Ukraina.', E.FR, 'SENDS_TROOPS_TO', E.UA).modality).toBe('planned');
  });
  test('kemungkinan / diperkirakan / dapat → possible', () => {
    expect(one('Israel kemungkinan akan menyerang Rafah bulan depan.', E.IL, 'ATTACKS', E.RAFAH).modality).toBe('possible');
    expect(one('Rusia diperkirakan menyerang Kharkiv lagi.', E.RU, 'ATTACKS', E.KHARKIV).modality).toBe('possible');
    expect(one('China dapat menyerang Taiwan sebelum 2027.', E.CN, 'ATTACKS', E.TW).modality).toBe('possible');
  });
  test('membantah / menepis → denied, attributed to the denier', () => {
    const f = one('Iran membantah telah memasok rudal balistik kepada Rusia.', E.IR, 'SUPPLIES_WEAPONS_TO', E.RU);
    expect(f.modality).toBe('denied');
    expect(f.attributedTo).toBe(E.IR.id);
    expect(one('Kremlin menepis laporan bahwa pasukan Rusia berada di Kharkiv.', E.RU, 'SENDS_TROOPS_TO', E.KHARKIV).modality).toBe('denied');
  });
  test('a following "hal ini dibantah X" denies the previous claim', () => {
    const f = one(
      'Menurut Reuters, Iran telah memasok drone militer ke Rusia. Namun, hal ini dibantah Iran.',
      E.IR,
      'SUPPLIES_WEAPONS_TO',
      E.RU,
    );
    expect(f.modality).toBe('denied');
    expect(f.attributedTo).toBe(E.IR.id);
  });
  test('"tidak membantah" is not a denial', () => {
    expect(one('Israel tidak membantah bahwa tentara Israel berada di Rafah.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH).modality).toBe('asserted');
  });
  test('tidak / belum → negated', () => {
    expect(one('Indonesia tidak akan mengirim pasukan ke Gaza tanpa mandat PBB.', E.ID, 'SENDS_TROOPS_TO', E.GAZA).modality).toBe('negated');
    expect(one('Jepang belum mengirim tentara ke Filipina.', E.JP, 'SENDS_TROOPS_TO', E.PH).modality).toBe('negated');
  });
  test('a purpose clause is planned and inherits the main subject', () => {
    const f = one('Iran mengirim drone militer ke Rusia untuk membantu perang melawan Ukraina.', E.IR, 'FIGHTS_AGAINST', E.UA);
    expect(f.modality).toBe('planned');
  });
  test('plain statement → asserted', () => {
    expect(one('Israel menyerang Rafah pada Selasa.', E.IL, 'ATTACKS', E.RAFAH).modality).toBe('asserted');
  });
});

describe('attribution', () => {
  test('postposed: "…, kata X"', () => {
    expect(one('Israel akan mengirim tentara ke Rafah, kata Netanyahu.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH).attributedTo).toBe(E.NETANYAHU.id);
  });
  test('postposed: "…, ujar X"', () => {
    expect(one('Indonesia tidak akan mengirim pasukan ke Gaza, ujar Sugiono.', E.ID, 'SENDS_TROOPS_TO', E.GAZA).attributedTo).toBe(E.SUGIONO.id);
  });
  test('menurut X', () => {
    expect(one('Menurut Reuters, pasukan Rusia telah dikerahkan ke Kharkiv.', E.RU, 'SENDS_TROOPS_TO', E.KHARKIV).attributedTo).toBe(E.REUTERS.id);
  });
  test('X mengatakan (bahwa) … — the nearest reporting verb wins over an earlier one', () => {
    const f = one('Menurut Reuters, Zelensky mengatakan bahwa Iran memasok drone militer ke Rusia.', E.IR, 'SUPPLIES_WEAPONS_TO', E.RU);
    expect(f.attributedTo).toBe(E.ZELENSKY.id);
  });
  test('a speaker beats a relaying outlet: "ujar X, dikutip dari Y"', () => {
    const f = one('"Israel harus menghentikan serangan ke Rafah," ujar Guterres, dikutip dari Reuters.', E.IL, 'ATTACKS', E.RAFAH);
    expect(f.attributedTo).toBe(E.GUTERRES.id);
  });
  test('dikutip dari X alone', () => {
    expect(one('Israel menyerang Rafah lagi, dikutip dari Antara.', E.IL, 'ATTACKS', E.RAFAH).attributedTo).toBe(E.ANTARA.id);
  });
  test('a quotation whose speaker is named in its last sentence', () => {
    const f = one('"Rusia telah menyerang Kharkiv dua kali. Kami akan membalas," kata Zelensky.', E.RU, 'ATTACKS', E.KHARKIV);
    expect(f.attributedTo).toBe(E.ZELENSKY.id);
  });
  test('a speaker carried into the next quoted paragraph', () => {
    const text = '"Kami menolak semua bentuk kekerasan," kata Sugiono.\n"Israel harus menghentikan serangan terhadap Gaza."';
    expect(one(text, E.IL, 'ATTACKS', E.GAZA).attributedTo).toBe(E.SUGIONO.id);
  });
  test('no source → no attributedTo', () => {
    expect(one('Israel menyerang Rafah pada Selasa.', E.IL, 'ATTACKS', E.RAFAH).attributedTo).toBeUndefined();
  });
});

describe('count', () => {
  test('troop count with "lebih dari" → more_than', () => {
    const f = one('Israel mengerahkan lebih dari 3.000 tentara ke Rafah.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH);
    expect(f.count).toBe(3000);
    expect(f.countModifier).toBe('more_than');
  });
  test('"sekitar" → about', () => {
    const f = one('Australia mengirim sekitar 1.200 personel militer ke Filipina.', E.AU, 'SENDS_TROOPS_TO', E.PH);
    expect(f.count).toBe(1200);
    expect(f.countModifier).toBe('about');
  });
  test('a count of something else is not the troop count', () => {
    const f = one('Israel mengirim tentara ke Rafah setelah 20 warga tewas.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH);
    expect(f.count).toBeUndefined();
  });
  test('only counted troops/munitions, not for other predicates', () => {
    const f = one('Prancis melatih sekitar 2.300 prajurit Ukraina tahun lalu.', E.FR, 'TRAINS', E.UA);
    expect(f.count).toBeUndefined();
  });
});

describe('time', () => {
  test('a weekday with day/month resolves the year against the article date', () => {
    // 11 March 2025 is a Tuesday
    expect(one('Israel menyerang Rafah pada Selasa (11/3).', E.IL, 'ATTACKS', E.RAFAH, '2025-03-14').time).toBe('2025-03-11');
  });
  test('a time in a preceding sentence of the paragraph', () => {
    const f = one('Pada Februari 2024, situasi memburuk. Israel menyerang Rafah.', E.IL, 'ATTACKS', E.RAFAH);
    expect(f.time).toBe('2024-02');
  });
  test('not across a paragraph break', () => {
    const f = one('Pada Februari 2024, situasi memburuk.\nIsrael menyerang Rafah.', E.IL, 'ATTACKS', E.RAFAH);
    expect(f.time).toBeUndefined();
  });
});

describe('evidence and confidence', () => {
  const text = 'Pembukaan.\nPerdana Menteri Israel Benjamin Netanyahu mengatakan tentara Israel akan dikerahkan ke Rafah. Penutup.';
  test('evidence is the sentence and slices back exactly', () => {
    const doc = makeDoc(text);
    const facts = extractFacts(doc, makeEntities(doc, ALL));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      expect(f.evidence.text.startsWith('Perdana Menteri')).toBe(true);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
  test('a direct active statement is more confident than a fallback construction', () => {
    const direct = one('Israel menyerang Rafah.', E.IL, 'ATTACKS', E.RAFAH).confidence;
    const relative = one('Rafah, kota tempat Israel melancarkan serangan.', E.IL, 'ATTACKS', E.RAFAH).confidence;
    expect(direct).toBeGreaterThan(relative);
  });
  test('facts reference only entities of the document', () => {
    const doc = makeDoc(text);
    const ents = makeEntities(doc, ALL);
    const ids = new Set(ents.entities.map((e) => e.id));
    for (const f of extractFacts(doc, ents)) {
      expect(ids.has(f.subject)).toBe(true);
      expect(ids.has(f.object)).toBe(true);
      if (f.attributedTo) expect(ids.has(f.attributedTo)).toBe(true);
    }
  });
});

describe('determinism', () => {
  const sentences = [
    'Israel menyerang Rafah pada Selasa (11/3).',
    'Indonesia akan mengirim 1.000 prajurit ke Gaza, kata Prabowo.',
    'Filipina dan Jepang menandatangani pakta pertahanan.',
    'PBB menjatuhkan sanksi terhadap Iran dan Rusia.',
    'Menurut Reuters, pasukan Rusia telah dikerahkan ke Kharkiv.',
    'Perdana Menteri Israel Benjamin Netanyahu menolak usulan itu.',
  ];
  test('same input → same output, whatever ran before', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1 }), (picked) => {
        const text = picked.join(' ');
        const a = factsOf(text, ALL);
        factsOf(sentences.join(' '), ALL); // unrelated work in between must not leak state
        const b = factsOf(text, ALL);
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
  test('symmetric facts are stored once, in a canonical order', () => {
    const a = factsOf('Filipina dan Jepang menandatangani pakta pertahanan.', ALL).filter((f) => f.predicate === 'SIGNS_AGREEMENT_WITH');
    const b = factsOf('Jepang dan Filipina menandatangani pakta pertahanan.', ALL).filter((f) => f.predicate === 'SIGNS_AGREEMENT_WITH');
    expect(a).toHaveLength(1);
    expect([a[0].subject, a[0].object]).toEqual([b[0].subject, b[0].object]);
  });
});

test('"tidak hanya" (not only) is no negation', () => {
  expect(one('Israel tidak hanya menyerang Rafah tetapi juga Khan Younis.', E.IL, 'ATTACKS', E.RAFAH).modality).toBe('asserted');
});
