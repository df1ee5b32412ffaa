// Every predicate of the ontology: at least one sentence that must yield it and
// one that must not. Sentences are news-like Indonesian written for these tests
// (Gaza, Taiwan, ASEAN, Indonesian diplomacy and defence, Ukraine).
import { E, factsOf, find, triples, type EntitySpec } from './fixture';

const ALL: EntitySpec[] = Object.values(E);
const facts = (text: string) => factsOf(text, ALL);
const has = (text: string, s: EntitySpec, p: string, o: EntitySpec) => !!find(facts(text), s.id, p, o.id);
const predicates = (text: string) => new Set(facts(text).map((f) => f.predicate));

describe('SENDS_TROOPS_TO', () => {
  test('active: mengirim + troop noun + ke', () => {
    expect(has('Indonesia akan mengirim 1.000 prajurit TNI ke Gaza sebagai bagian dari misi PBB.', E.ID, 'SENDS_TROOPS_TO', E.GAZA)).toBe(true);
  });
  test('passive: pasukan X dikerahkan ke Y (agent = possessor of the troop noun)', () => {
    expect(has('Menurut Reuters, pasukan Rusia telah dikerahkan ke Kharkiv.', E.RU, 'SENDS_TROOPS_TO', E.KHARKIV)).toBe(true);
  });
  test('passive with oleh', () => {
    expect(has('Ratusan personel militer dikirim oleh Australia ke Filipina pekan lalu.', E.AU, 'SENDS_TROOPS_TO', E.PH)).toBe(true);
  });
  test('nominalisation: pengerahan pasukan X ke Y', () => {
    expect(has('Pengerahan pasukan Israel ke Rafah dikecam banyak negara.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH)).toBe(true);
  });
  test('presence: tentara X telah berada di Y', () => {
    expect(has('Tentara Israel telah berada di Rafah sejak Mei.', E.IL, 'SENDS_TROOPS_TO', E.RAFAH)).toBe(true);
  });
  test('coordinated subjects give one fact each', () => {
    const f = facts('Inggris dan Prancis berencana mengirim pasukan penjaga perdamaian ke Ukraina.');
    expect(find(f, E.GB.id, 'SENDS_TROOPS_TO', E.UA.id)).toBeDefined();
    expect(find(f, E.FR.id, 'SENDS_TROOPS_TO', E.UA.id)).toBeDefined();
  });
  test('negative: advice is not troops', () => {
    expect(predicates('Rusia mengirim nasihat teknis ke Iran.').has('SENDS_TROOPS_TO')).toBe(false);
  });
  test('negative: workers are not troops', () => {
    expect(facts('Rusia mengirim 4.000 pekerja konstruksi ke Iran.')).toEqual([]);
  });
  test('negative: a military exercise is not a deployment', () => {
    expect(predicates('China menggelar latihan militer besar-besaran di sekitar Taiwan.').has('SENDS_TROOPS_TO')).toBe(false);
  });
});

describe('SUPPLIES_WEAPONS_TO', () => {
  test('memasok X dengan senjata (direct object)', () => {
    expect(has('Amerika Serikat memasok Taiwan dengan rudal dan amunisi senilai 2 miliar dolar.', E.US, 'SUPPLIES_WEAPONS_TO', E.TW)).toBe(true);
  });
  test('memasok senjata ke X', () => {
    expect(has('Iran memasok drone militer ke Rusia sejak 2022.', E.IR, 'SUPPLIES_WEAPONS_TO', E.RU)).toBe(true);
  });
  test('nominalisation after a light verb: menyetujui penjualan senjata kepada X', () => {
    expect(has('Amerika Serikat menyetujui penjualan senjata senilai 1 miliar dolar kepada Taiwan.', E.US, 'SUPPLIES_WEAPONS_TO', E.TW)).toBe(true);
  });
  test('negative: supplying oil is not weapons', () => {
    expect(predicates('Rusia memasok minyak ke China dengan harga murah.').has('SUPPLIES_WEAPONS_TO')).toBe(false);
  });
});

describe('SUPPORTS', () => {
  test('membantu X', () => {
    expect(has('Jepang membantu Filipina memperkuat penjaga pantainya.', E.JP, 'SUPPORTS', E.PH)).toBe(true);
  });
  test('memberikan bantuan kepada X', () => {
    expect(has('AS memberikan bantuan militer senilai 500 juta dolar kepada Ukraina.', E.US, 'SUPPORTS', E.UA)).toBe(true);
  });
  test('dukungannya terhadap X: the possessive -nya is the clause subject', () => {
    expect(has('Indonesia kembali menegaskan dukungannya terhadap Palestina di forum PBB.', E.ID, 'SUPPORTS', E.PS)).toBe(true);
  });
  test('negative: "mendukung perang melawan X" supports no entity', () => {
    expect(predicates('Iran mendukung perang melawan Israel.').has('SUPPORTS')).toBe(false);
  });
});

describe('VISITS', () => {
  test('berkunjung ke', () => {
    expect(has('Anwar Ibrahim berkunjung ke Indonesia pada Senin (10/3).', E.ANWAR, 'VISITS', E.ID)).toBe(true);
  });
  test('melakukan kunjungan ke (light verb)', () => {
    expect(has('Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke Tiongkok.', E.PRABOWO, 'VISITS', E.CN)).toBe(true);
  });
  test('kunjungan X ke Y (possessor)', () => {
    expect(has('China mengecam kunjungan Lai Ching-te ke Amerika Serikat.', E.LAI, 'VISITS', E.US)).toBe(true);
  });
  test('negative: troops arriving are not a visit', () => {
    const f = facts('Unit militer Australia telah tiba di Filipina untuk latihan gabungan.');
    expect(f.some((x) => x.predicate === 'VISITS')).toBe(false);
  });
});

describe('MEETS', () => {
  test('bertemu dengan X (symmetric, stored once)', () => {
    const f = facts('Prabowo bertemu dengan Anwar Ibrahim di Istana Merdeka.').filter((x) => x.predicate === 'MEETS');
    expect(f).toHaveLength(1);
    expect(find(f, E.ANWAR.id, 'MEETS', E.PRABOWO.id)).toBeDefined();
  });
  test('perundingan antara X dan Y names both parties, not the mediators', () => {
    const f = facts('Qatar dan Mesir menjadi mediator perundingan antara Israel dan Hamas.');
    expect(triples(f.filter((x) => x.predicate === 'MEETS'))).toEqual([`${E.IL.id} MEETS ${E.HAMAS.id}`].sort());
  });
  test('negative: a meeting with an unnamed party', () => {
    expect(predicates('Prabowo mengadakan pertemuan tertutup dengan para menteri.').has('MEETS')).toBe(false);
  });
});

describe('SIGNS_AGREEMENT_WITH', () => {
  test('coordinated subject signs with each other', () => {
    expect(has('Filipina dan Jepang menandatangani pakta pertahanan pada Senin.', E.PH, 'SIGNS_AGREEMENT_WITH', E.JP)).toBe(true);
  });
  test('menandatangani kesepakatan dengan X', () => {
    expect(has('Indonesia menandatangani kesepakatan pembelian jet tempur dengan Prancis.', E.ID, 'SIGNS_AGREEMENT_WITH', E.FR)).toBe(true);
  });
  test('plural coreference "kedua negara"', () => {
    const f = factsOf('Indonesia dan Malaysia bertemu di Kuala Lumpur. Kedua negara menandatangani nota kesepahaman perbatasan.', ALL, [
      { form: 'Kedua negara', ids: [E.ID.id, E.MY.id] },
    ]);
    expect(find(f, E.ID.id, 'SIGNS_AGREEMENT_WITH', E.MY.id)).toBeDefined();
  });
  test('negative: agreeing to cooperate is not signing', () => {
    expect(predicates('Indonesia dan Australia sepakat memperkuat kerja sama pertahanan.').has('SIGNS_AGREEMENT_WITH')).toBe(false);
  });
});

describe('ALLIED_WITH', () => {
  test('X dan Y menjadi sekutu', () => {
    expect(has('Filipina dan Amerika Serikat telah lama menjadi sekutu.', E.PH, 'ALLIED_WITH', E.US)).toBe(true);
  });
  test('bersekutu dengan', () => {
    expect(has('Australia bersekutu dengan Amerika Serikat melalui pakta ANZUS.', E.AU, 'ALLIED_WITH', E.US)).toBe(true);
  });
  test('negative: "X dan sekutu-sekutunya" names no ally', () => {
    expect(predicates('Menurut Ukraina dan sekutunya, Iran memasok drone ke Rusia.').has('ALLIED_WITH')).toBe(false);
  });
});

describe('FIGHTS_AGAINST', () => {
  test('perang X melawan Y', () => {
    expect(has('Perang Rusia melawan Ukraina memasuki tahun ketiga.', E.RU, 'FIGHTS_AGAINST', E.UA)).toBe(true);
  });
  test('coordination: X dan Y bertempur melawan Z gives two facts', () => {
    const f = facts('Rusia dan Iran bertempur melawan Ukraina, menurut laporan Reuters.');
    expect(find(f, E.RU.id, 'FIGHTS_AGAINST', E.UA.id)).toBeDefined();
    expect(find(f, E.IR.id, 'FIGHTS_AGAINST', E.UA.id)).toBeDefined();
  });
  test('pertempuran antara X dan Y', () => {
    expect(has('Pertempuran sengit antara Israel dan Hamas berlanjut di Gaza utara.', E.IL, 'FIGHTS_AGAINST', E.HAMAS)).toBe(true);
  });
  test('negative: fighting corruption is not war', () => {
    expect(predicates('Prabowo berjanji melawan korupsi di seluruh Indonesia.').has('FIGHTS_AGAINST')).toBe(false);
  });
});

describe('ATTACKS', () => {
  test('active: menyerang Y', () => {
    expect(has('Israel menyerang Rafah pada Selasa (11/3) meskipun ada gencatan senjata.', E.IL, 'ATTACKS', E.RAFAH)).toBe(true);
  });
  test('passive with bare agent: digempur X', () => {
    expect(has('Kota Rafah kembali digempur Israel pada Minggu.', E.IL, 'ATTACKS', E.RAFAH)).toBe(true);
  });
  test('noun phrase: invasi X ke Y', () => {
    expect(has('Invasi Rusia ke Ukraina dimulai pada Februari 2022.', E.RU, 'ATTACKS', E.UA)).toBe(true);
  });
  test('light verb: meluncurkan serangan rudal ke Y', () => {
    expect(has('Rusia meluncurkan serangan rudal besar-besaran ke Kharkiv pada Sabtu malam.', E.RU, 'ATTACKS', E.KHARKIV)).toBe(true);
  });
  test('negative: condemning an attack is not attacking', () => {
    const f = facts('Malaysia mengecam serangan terhadap Gaza.');
    expect(f.some((x) => x.predicate === 'ATTACKS' && x.subject === E.MY.id)).toBe(false);
  });
});

describe('OCCUPIES', () => {
  test('menduduki sebagian wilayah Y', () => {
    expect(has('Israel masih menduduki sebagian wilayah Palestina.', E.IL, 'OCCUPIES', E.PS)).toBe(true);
  });
  test('relative clause: pasukan X yang menduduki Y', () => {
    expect(has('Ukraina menembaki pasukan Rusia yang menduduki Krimea.', E.RU, 'OCCUPIES', E.CRIMEA)).toBe(true);
  });
  test('pendudukan X atas Y', () => {
    expect(has('Malaysia mengecam pendudukan Israel atas wilayah Palestina.', E.IL, 'OCCUPIES', E.PS)).toBe(true);
  });
  test('negative: occupying a rank is not territory', () => {
    expect(predicates('Indonesia menduduki peringkat ketiga dalam daftar tersebut.').has('OCCUPIES')).toBe(false);
  });
});

describe('TRAINS', () => {
  test('active: melatih prajurit Y', () => {
    expect(has('Prancis melatih sekitar 2.300 prajurit Ukraina tahun lalu.', E.FR, 'TRAINS', E.UA)).toBe(true);
  });
  test('passive: Y dilatih oleh X', () => {
    expect(has('Lebih dari 200 tentara Ukraina dilatih oleh instruktur Prancis.', E.FR, 'TRAINS', E.UA)).toBe(true);
  });
  test('passive: Y dilatih di X', () => {
    expect(has('Tentara Ukraina dilatih di Inggris selama lima minggu.', E.GB, 'TRAINS', E.UA)).toBe(true);
  });
  test('nominalisation: pelatihan tentara Y oleh X', () => {
    expect(has('Pelatihan tentara Ukraina oleh Inggris berlangsung sejak 2022.', E.GB, 'TRAINS', E.UA)).toBe(true);
  });
  test('negative: a training ground named after a country is not training', () => {
    expect(predicates('Tentara Filipina menjalani latihan menembak di pangkalan.').has('TRAINS')).toBe(false);
  });
});

describe('CONDEMNS', () => {
  test('mengecam X', () => {
    expect(has('Pemerintah Indonesia mengecam keras serangan udara Israel di Rafah.', E.ID, 'CONDEMNS', E.IL)).toBe(true);
  });
  test('kecaman X terhadap Y', () => {
    expect(has('Kecaman ASEAN terhadap Israel disampaikan dalam pernyataan bersama.', E.ASEAN, 'CONDEMNS', E.IL)).toBe(true);
  });
  test('negative: the condemned is not the condemner', () => {
    const f = facts('Israel dikecam oleh Malaysia.');
    expect(find(f, E.MY.id, 'CONDEMNS', E.IL.id)).toBeDefined();
    expect(f.some((x) => x.predicate === 'CONDEMNS' && x.subject === E.IL.id)).toBe(false);
  });
});

describe('ACCUSES', () => {
  test('menuduh X', () => {
    expect(has('Hamas menuduh Israel melanggar gencatan senjata di Gaza.', E.HAMAS, 'ACCUSES', E.IL)).toBe(true);
  });
  test('passive: X dituduh oleh Y', () => {
    expect(has('Iran dituduh oleh Amerika Serikat memasok drone ke Rusia.', E.US, 'ACCUSES', E.IR)).toBe(true);
  });
  test('negative: no accusation without an accused entity', () => {
    expect(predicates('Hamas menuduh pihak lain melanggar kesepakatan.').has('ACCUSES')).toBe(false);
  });
});

describe('SANCTIONS', () => {
  test('menjatuhkan sanksi terhadap X dan Y', () => {
    const f = facts('PBB menjatuhkan sanksi terhadap Iran dan Rusia.');
    expect(find(f, E.UN.id, 'SANCTIONS', E.IR.id)).toBeDefined();
    expect(find(f, E.UN.id, 'SANCTIONS', E.RU.id)).toBeDefined();
  });
  test('sanksi X terhadap Y', () => {
    expect(has('Sanksi Uni Eropa terhadap Rusia diperpanjang enam bulan.', E.EU, 'SANCTIONS', E.RU)).toBe(true);
  });
  test('negative: evading sanctions sanctions no one', () => {
    expect(predicates('Iran berusaha menghindari sanksi internasional.').has('SANCTIONS')).toBe(false);
  });
});

describe('HOLDS_POSITION', () => {
  test('Title Country Person, role in English', () => {
    const f = facts('Perdana Menteri Israel Benjamin Netanyahu menolak usulan itu.');
    const h = find(f, E.NETANYAHU.id, 'HOLDS_POSITION', E.IL.id);
    expect(h?.role).toBe('Prime Minister');
  });
  test('Title Org Person', () => {
    expect(find(facts('Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata.'), E.GUTERRES.id, 'HOLDS_POSITION', E.UN.id)?.role).toBe(
      'Secretary General',
    );
  });
  test('apposition: Person, seorang Title Country', () => {
    expect(has('"Kami tidak akan mundur," kata Sugiono, seorang Menteri Luar Negeri Indonesia.', E.SUGIONO, 'HOLDS_POSITION', E.ID)).toBe(true);
  });
  test('negative: a title with no person', () => {
    expect(predicates('Presiden Indonesia akan hadir di KTT ASEAN.').has('HOLDS_POSITION')).toBe(false);
  });
});

describe('PART_OF', () => {
  test('organisation qualified by its country', () => {
    expect(has('Kementerian Luar Negeri Indonesia mengecam serangan Israel terhadap Gaza.', E.KEMLU, 'PART_OF', E.ID)).toBe(true);
  });
  test('negative: an organisation next to a country governed by a preposition', () => {
    expect(predicates('Hamas di Gaza menolak usulan itu.').has('PART_OF')).toBe(false);
  });
});

describe('LOCATED_IN', () => {
  test('L di X', () => {
    expect(has('Kota Rafah di Jalur Gaza kembali digempur.', E.RAFAH, 'LOCATED_IN', E.GAZA)).toBe(true);
  });
  test('apposition: L, wilayah X', () => {
    expect(has('Pasukan Rusia menyerang Kharkiv, wilayah timur laut Ukraina, pada Jumat.', E.KHARKIV, 'LOCATED_IN', E.UA)).toBe(true);
  });
  test('negative: a list of places is not containment', () => {
    expect(predicates('Delegasi itu mengunjungi Rafah, Mesir, dan Qatar.').has('LOCATED_IN')).toBe(false);
  });
  test('negative: "di dekat" is near, not in', () => {
    expect(predicates('Ledakan terjadi di Rafah di dekat Mesir.').has('LOCATED_IN')).toBe(false);
  });
});

describe('ATTACKS (more forms)', () => {
  test('operasi militer X di Y', () => {
    expect(has('Operasi militer Israel di Rafah menewaskan puluhan orang.', E.IL, 'ATTACKS', E.RAFAH)).toBe(true);
  });
  test('menembaki Y', () => {
    expect(has('Kapal perang China menembaki kapal Filipina di Laut China Selatan.', E.CN, 'ATTACKS', E.PH)).toBe(true);
  });
  test('negative: menembakkan salam (not a weapon) at no one', () => {
    expect(predicates('Prajurit TNI menembakkan salvo kehormatan di Jakarta.').has('ATTACKS')).toBe(false);
  });
});
