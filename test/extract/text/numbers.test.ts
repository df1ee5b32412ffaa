import fc from 'fast-check';
import { findCounts, parseIndonesianNumber, parseNumeral } from '../../../src/extract/numbers';
import { tokenize } from '../../../src/extract/tokenize';

const counts = (text: string) =>
  findCounts(tokenize(text), text).map((c) => ({ text: c.text, value: c.value, modifier: c.modifier, noun: c.noun }));

describe('parseIndonesianNumber', () => {
  test.each([
    ['1.500', 1500],
    ['12.000', 12000],
    ['1.250.000', 1250000],
    ['3,5', 3.5],
    ['3,5 juta', 3500000],
    ['1,2 miliar', 1200000000],
    ['2 ribu', 2000],
    ['seribu', 1000],
    ['dua ribu', 2000],
    ['sepuluh', 10],
    ['sebelas', 11],
    ['dua belas', 12],
    ['dua puluh lima', 25],
    ['seratus dua puluh', 120],
    ['tiga ratus ribu', 300000],
    ['dua ratus lima puluh ribu', 250000],
    ['seribu lima ratus', 1500],
    ['lima juta', 5000000],
    ['ratusan', 100],
    ['puluhan ribu', 10000],
  ])('%s → %d', (s, v) => {
    expect(parseIndonesianNumber(s)).toBe(v);
  });

  test.each(['', 'tentara', 'dua tiga', '12.000 dua', 'ribu', '1.2.3.4x'])('%j is not a number', (s) => {
    expect(parseIndonesianNumber(s)).toBeNull();
  });

  test('property: Indonesian thousands formatting of any integer parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const written = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(parseNumeral(written)).toBe(n);
      }),
    );
  });

  test('property: a decimal with comma times a scale word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom<[string, number]>(['ribu', 1e3], ['juta', 1e6], ['miliar', 1e9]), (a, b, [word, scale]) => {
        expect(parseIndonesianNumber(`${a},${b} ${word}`)).toBeCloseTo((a + b / 10) * scale, 3);
      }),
    );
  });
});

describe('findCounts', () => {
  test('modifiers before the number', () => {
    expect(counts('Korut telah mengerahkan lebih dari 11.000 tentara ke Rusia.')).toEqual([{ text: 'lebih dari 11.000', value: 11000, modifier: 'more_than', noun: 'tentara' }]);
    expect(counts('AS menyebut sekitar 10.000 tentara dikirim.')).toEqual([{ text: 'sekitar 10.000', value: 10000, modifier: 'about', noun: 'tentara' }]);
    expect(counts('kira-kira 800 warga sipil mengungsi')).toEqual([{ text: 'kira-kira 800', value: 800, modifier: 'about', noun: 'warga' }]);
    expect(counts('hampir 2.000 rumah hancur')).toEqual([{ text: 'hampir 2.000', value: 2000, modifier: 'less_than', noun: 'rumah' }]);
    expect(counts('setidaknya 45 orang tewas')).toEqual([{ text: 'setidaknya 45', value: 45, modifier: 'at_least', noun: 'orang' }]);
    expect(counts('sedikitnya 30 kapal dan paling sedikit 12 pesawat')).toEqual([
      { text: 'sedikitnya 30', value: 30, modifier: 'at_least', noun: 'kapal' },
      { text: 'paling sedikit 12', value: 12, modifier: 'at_least', noun: 'pesawat' },
    ]);
    expect(counts('Jepang mengirim total sekitar 12.000 personel')).toEqual([{ text: 'total sekitar 12.000', value: 12000, modifier: 'about', noun: 'personel' }]);
    expect(counts('tidak kurang dari 500 tentara')).toEqual([{ text: 'tidak kurang dari 500', value: 500, modifier: 'at_least', noun: 'tentara' }]);
  });

  test('no modifier, fillers, word numbers, approximate words, post-modifier "lebih"', () => {
    expect(counts('Sebanyak 1.500 pasukan khusus tiba.')).toEqual([{ text: 'Sebanyak 1.500', value: 1500, modifier: undefined, noun: 'pasukan' }]);
    expect(counts('tiga jenderal dan 500 perwira')).toEqual([
      { text: 'tiga', value: 3, modifier: undefined, noun: 'jenderal' },
      { text: '500', value: 500, modifier: undefined, noun: 'perwira' },
    ]);
    expect(counts('ratusan tentara dan puluhan ribu pengungsi')).toEqual([
      { text: 'ratusan', value: 100, modifier: 'more_than', noun: 'tentara' },
      { text: 'puluhan ribu', value: 10000, modifier: 'more_than', noun: 'pengungsi' },
    ]);
    expect(counts('11.000 lebih tentara')).toEqual([{ text: '11.000 lebih', value: 11000, modifier: 'more_than', noun: 'tentara' }]);
    expect(counts('2,5 juta warga Gaza')).toEqual([{ text: '2,5 juta', value: 2500000, modifier: undefined, noun: 'warga' }]);
    expect(counts('5.000-an tentara dan tahun 1990-an')).toEqual([{ text: '5.000-an', value: 5000, modifier: 'about', noun: 'tentara' }]);
  });

  test('the noun tells troops from workers; classifiers are skipped', () => {
    expect(counts('mengirim 12.000 tentara dan 4.000 pekerja').map((c) => c.noun)).toEqual(['tentara', 'pekerja']);
    expect(counts('5.000 orang tentara').map((c) => c.noun)).toEqual(['tentara']);
    expect(counts('5.000 orang yang mengungsi').map((c) => c.noun)).toEqual(['orang']);
  });

  test('negatives: years, dates, times, money, ordinals and "salah satu" are not counts', () => {
    expect(counts('pada tahun 2022, sejak 2014, pada 23 Oktober 2024, tanggal 8 hingga 13 Oktober')).toEqual([]);
    expect(counts('pukul 09.30 WIB, Rp 23 triliun, Rp23,5 miliar, US$ 2 juta, ke-3, salah satu negara, (26/6)')).toEqual([]);
  });

  test('property: never throws and every count slices back to its tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('lebih', 'dari', 'sekitar', '1.500', 'dua', 'ribu', 'tentara', 'orang', 'ratusan', '2022', 'tahun', ',', '3,5', 'juta', 'hampir', 'belas', 'puluh'), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const tokens = tokenize(text);
        for (const c of findCounts(tokens, text)) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(Number.isFinite(c.value)).toBe(true);
          expect(c.tokenStart).toBeLessThan(c.tokenEnd);
          if (c.nounToken !== null) expect(tokens[c.nounToken].lower).toBe(c.noun);
        }
      }),
      { numRuns: 500 },
    );
  });
});
