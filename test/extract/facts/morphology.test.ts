// The Indonesian affix stripper: known cases, the override list, voice, and a
// property test against an independent generator of affixed forms.
import fc from 'fast-check';
import { analyzeWord, parseOverrides, stem, MorphologyDataError } from '../../../src/extract/morphology';

describe('analyzeWord', () => {
  test.each([
    ['mengirim', 'kirim', 'active'],
    ['dikirimkan', 'kirim', 'passive'],
    ['pengiriman', 'kirim', 'nominal'],
    ['menyerang', 'serang', 'active'],
    ['serangan', 'serang', 'nominal'],
    ['memasok', 'pasok', 'active'],
    ['menuduh', 'tuduh', 'active'],
    ['mengunjungi', 'kunjung', 'active'],
    ['berkunjung', 'kunjung', 'intransitive'],
    ['dilatih', 'latih', 'passive'],
    ['pelatihan', 'latih', 'nominal'],
    ['diduduki', 'duduk', 'passive'],
    ['pendudukan', 'duduk', 'nominal'],
    ['bertempur', 'tempur', 'intransitive'],
    ['pertempuran', 'tempur', 'nominal'],
    ['menginvasi', 'invasi', 'active'],
    ['mendukung', 'dukung', 'active'],
    ['ditempatkan', 'tempat', 'passive'],
    ['keterlibatan', 'libat', 'nominal'],
  ])('%s → %s (%s)', (word, root, voice) => {
    const a = analyzeWord(word);
    expect(a.root).toBe(root);
    expect(a.voice).toBe(voice);
  });

  test('overrides fix what the rules get wrong', () => {
    expect(analyzeWord('menandatangani')).toMatchObject({ root: 'tanda tangan', prefixes: ['meN'], suffixes: ['i'], voice: 'active' });
    expect(stem('pasukan')).toBe('pasukan'); // not pasuk + -an
    expect(stem('mengirimkan')).toBe('kirim');
    expect(stem('pengerahan')).toBe('kerah');
    expect(stem('perang')).toBe('perang'); // not per- + ang
  });

  test('particles and possessives come off', () => {
    expect(analyzeWord('dukungannya')).toMatchObject({ root: 'dukung' });
    expect(analyzeWord('dukungannya').suffixes).toContain('nya');
    expect(stem('serangkah')).toBe('serang');
  });

  test('extra roots settle ambiguous nasal assimilation', () => {
    // meng- + vowel: "mengecat" is cat (paint) only if the caller knows the root
    expect(stem('mengecat', new Set(['cat']))).toBe('cat');
  });

  test('short and non-alphabetic words are left alone', () => {
    expect(analyzeWord('ke')).toMatchObject({ root: 'ke', prefixes: [], suffixes: [], voice: 'base' });
    expect(analyzeWord('12.000').root).toBe('12.000');
  });
});

// An independent generator of affixed forms (the textbook assimilation table),
// so the property does not restate the stripper's own code.
function meN(root: string): string {
  const c = root[0];
  if ('aiueo'.includes(c)) return 'meng' + root;
  if (c === 'k') return 'meng' + root.slice(1);
  if ('gh'.includes(c)) return 'meng' + root;
  if (c === 's') return 'meny' + root.slice(1);
  if (c === 't') return 'men' + root.slice(1);
  if ('dcj'.includes(c)) return 'men' + root;
  if (c === 'p') return 'mem' + root.slice(1);
  if (c === 'b') return 'mem' + root;
  return 'me' + root;
}
const peN = (root: string) => 'pe' + meN(root).slice(2);

const ROOTS = ['kirim', 'serang', 'pasok', 'tuduh', 'latih', 'bantu', 'dukung', 'kecam', 'gempur', 'duduk', 'kunjung', 'lawan', 'tempat', 'sedia'];

describe('property: generated forms strip back to their root', () => {
  const forms: Array<[string, (r: string) => string]> = [
    ['meN-', meN],
    ['meN-…-kan', (r) => meN(r) + 'kan'],
    ['di-', (r) => 'di' + r],
    ['di-…-kan', (r) => 'di' + r + 'kan'],
    ['peN-…-an', (r) => peN(r) + 'an'],
    ['-an', (r) => r + 'an'],
    ['-nya', (r) => r + 'nya'],
  ];
  test('root recovered and analysis deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROOTS), fc.constantFrom(...forms), (root, [, make]) => {
        const word = make(root);
        const a = analyzeWord(word);
        expect(a.root).toBe(root);
        expect(analyzeWord(word)).toEqual(a);
      }),
    );
  });
});

describe('overrides data', () => {
  test('a malformed file names the field and carries a stable code', () => {
    expect(() => parseOverrides({ overrides: { x: { root: '' } }, roots: [] }, 'f.json')).toThrow(MorphologyDataError);
    const bad = () => parseOverrides({ overrides: { menandatangani: { root: 'tanda tangan', prefixes: ['xx'] } }, roots: [] }, 'f.json');
    expect(bad).toThrow(expect.objectContaining({ code: 'MORPHOLOGY_DATA_INVALID' }));
    expect(bad).toThrow(/f\.json: overrides\.menandatangani\.prefixes/);
    expect(() => parseOverrides({ overrides: {}, roots: 'no' }, 'f.json')).toThrow(/roots/);
  });
});
