// Second pass on unseen news: compositional bodies, legislatures, metonymy
// after "dari", names split from titles. Sentences written for these tests.
import fc from 'fast-check';
import { isPlaceUse, metonymyWords } from '../../../src/extract/entities/metonymy';
import { tokenKey } from '../../../src/extract/entities/normalize';
import { subTokens } from '../../../src/extract/entities/subtokens';
import { entity, names, recognize } from './helpers';

describe('bodies composed from a head and a country', () => {
  it('names a royal air force, a presidential office and a foreign lower house', () => {
    const r = recognize(
      'Angkatan Udara Kerajaan Malaysia mengirim dua pesawat. Kantor Presiden Filipina menolak tuduhan itu. Ketua DPR Jepang tiba di Tokyo.',
    );
    expect(names(r)).toEqual(
      expect.arrayContaining([
        'Organization:Royal Malaysian Air Force',
        'Organization:Office of the President of the Philippines',
        'Organization:House of Representatives of Japan',
      ]),
    );
    // "DPR" with a foreign country is not Indonesia's House
    expect(entity(r, 'House of Representatives of Indonesia')).toBeUndefined();
  });

  it('takes the US House, Congress and the PLA theater commands from the tables', () => {
    const r = recognize(
      'Ketua DPR AS bertemu delegasi Filipina. Anggota Kongres mendesak Gedung Putih bertindak. Komando Teater Selatan menggelar patroli di Laut China Selatan.',
    );
    expect(names(r)).toEqual(
      expect.arrayContaining([
        'Organization:United States House of Representatives',
        'Organization:United States Congress',
        'Organization:Southern Theater Command',
        'Country:United States',
      ]),
    );
  });

  it('reads a military junta as that country\'s armed forces, and a later bare "Junta" as the same', () => {
    const r = recognize('Junta militer Myanmar menolak rencana itu. Junta juga membatasi akses bantuan.');
    const body = entity(r, 'Myanmar Armed Forces');
    expect(body?.type).toBe('Organization');
    expect(body?.mentions).toHaveLength(2);
  });

  it('gives a bare ministry to the one country its sentence names', () => {
    const r = recognize(
      'Menteri Luar Negeri Sugiono tiba di Bangkok. Kamboja hanya mengirim pejabat senior Kementerian Luar Negeri ke pertemuan itu.',
    );
    expect(names(r)).toContain('Organization:Ministry of Foreign Affairs of Cambodia');
    expect(names(r)).not.toContain('Organization:Ministry of Foreign Affairs of Indonesia');
  });
});

describe('metonymy', () => {
  it('"dari" after a noun of action within the clause is the government acting', () => {
    const w = metonymyWords();
    // nearest word first
    expect(isPlaceUse(['dari', 'meningkat', 'terus', 'yang', 'militer', 'tekanan'], w)).toBe(false);
    expect(isPlaceUse(['dari', 'senjata', 'pengiriman'], w)).toBe(false);
    // a comma ends the clause: the noun before it does not reach
    expect(isPlaceUse(['dari', 'pulang', ',', 'tekanan'], w)).toBe(true);
    expect(isPlaceUse(['dari', 'tiba', 'delegasi'], w)).toBe(true);
  });

  it('keeps the capital as a place after a place word, the country when it acts', () => {
    const r = recognize('Tekanan militer yang terus meningkat dari Moskow membuat Kyiv waspada. Delegasi itu tiba dari Moskow.');
    expect(entity(r, 'Russia')?.mentions).toHaveLength(1);
    expect(entity(r, 'Moscow')?.type).toBe('Location');
  });

  it('"DKI Jakarta" is the province, not Indonesia acting', () => {
    const r = recognize('Pemerintah Provinsi DKI Jakarta menggelar rapat. Jakarta mengecam serangan itu.');
    expect(entity(r, 'Jakarta')?.type).toBe('Location');
    expect(entity(r, 'Jakarta')?.mentions.map((m) => m.text)).toEqual(['Provinsi DKI Jakarta']);
    expect(entity(r, 'Indonesia')?.mentions.map((m) => m.text)).toEqual(['Jakarta']);
  });

  it('the White House acting is the United States; left behind it is the office', () => {
    const r = recognize('Gedung Putih menyatakan dukungan kepada Kyiv. Biden akan meninggalkan Gedung Putih pada Januari.');
    expect(entity(r, 'United States')?.mentions.map((m) => m.text)).toEqual(['Gedung Putih']);
    expect(entity(r, 'White House')?.type).toBe('Organization');
  });
});

describe('people after titles', () => {
  it('does not let a name particle swallow "di" before a place', () => {
    const r = recognize('Menteri Luar Negeri Singapura Vivian Balakrishnan di Kyiv menyatakan dukungan.');
    expect(names(r)).toEqual(expect.arrayContaining(['Person:Vivian Balakrishnan', 'Country:Singapore', 'Location:Kyiv']));
    expect(r.entities.some((e) => e.name.endsWith(' di'))).toBe(false);
  });

  it('keeps "Oleh" as a given name mid-sentence, and as "by" elsewhere', () => {
    const r = recognize('Gubernur wilayah Odesa Oleh Kiper mengatakan serangan itu dilakukan oleh Rusia. Oleh karena itu, warga mengungsi.');
    expect(names(r)).toContain('Person:Oleh Kiper');
    expect(r.entities.some((e) => e.name === 'Oleh' || e.name.startsWith('Oleh karena'))).toBe(false);
  });
});

describe('sub-token keys', () => {
  it('the fast path (the token\'s own lower case) gives the same key as tokenKey', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'É', '`', '’', "'", 'ı', 'İ', 'ß', '1', '.') }), (text) => {
        fc.pre(text.length > 0 && !/[-‐‑–]/.test(text));
        const [sub] = subTokens([{ text, start: 0, end: text.length, lower: text.toLowerCase() }]);
        expect(sub.key).toBe(tokenKey(text));
      }),
    );
  });
});

describe('bodies inside bodies', () => {
  it('a known international body closing a name is its owner, and a mention', () => {
    const r = recognize('Dewan Keamanan PBB menggelar sidang darurat. Majelis Umum PBB juga bersidang.');
    const council = r.mentions.find((m) => m.text === 'Dewan Keamanan PBB');
    expect(council?.partOf).toBe('org:united-nations');
    expect(entity(r, 'United Nations')?.mentions.map((m) => m.text)).toEqual(['PBB', 'PBB']);
  });

  it('a national body keeps its country as owner ("TNI AU" is no African Union body)', () => {
    const r = recognize('TNI AU mengirim dua pesawat ke Yordania.');
    expect(entity(r, 'African Union')).toBeUndefined();
  });
});

describe('bodies named by an apposition', () => {
  it('"<Name>, anak perusahaan …" is a body even when the tagger misses it', () => {
    const r = recognize('Sanksi itu juga menyasar Baykar, produsen drone asal Turki, dan Skydio, perusahaan rintisan Amerika.');
    expect(names(r)).toEqual(expect.arrayContaining(['Organization:Baykar', 'Organization:Skydio']));
  });

  it('a sentence-initial word or a person before the comma is not taken', () => {
    const r = recognize('Namun, perusahaan itu membantah. Kemudian, produsen senjata menaikkan harga.');
    expect(r.entities).toEqual([]);
  });
});

describe('more heads and acronyms', () => {
  it('a national body head followed by another country is that country\'s body', () => {
    const r = recognize('Mahkamah Agung Israel menolak petisi itu, sementara Mahkamah Agung menunda sidang di Jakarta.');
    expect(names(r)).toContain('Organization:Supreme Court of Israel');
  });

  it('an acronym after a body name closed by its country names the body, not the country', () => {
    const r = recognize('Armada Utara Rusia (AUR) menggelar latihan di Laut Barents. AUR mengerahkan dua kapal selam.');
    const body = r.entities.find((e) => e.mentions.some((m) => m.text === 'AUR'));
    expect(body?.type).toBe('Organization');
    expect(body?.mentions.map((m) => m.text)).toEqual(['Armada Utara Rusia', 'AUR', 'AUR']);
    expect(entity(r, 'Russia')?.mentions.map((m) => m.text)).toEqual(['Rusia']);
    expect(r.mentions.find((m) => m.text === 'Armada Utara Rusia')?.partOf).toBe('country:RU');
  });

  it('knows the US combatant commands by name and acronym', () => {
    const r = recognize('Komando Indo-Pasifik AS (INDOPACOM) mengirim kapal induk. INDOPACOM menyebut latihan berlangsung sepekan.');
    expect(entity(r, 'United States Indo-Pacific Command')?.mentions).toHaveLength(3);
  });
});
