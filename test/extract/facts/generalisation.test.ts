// Grammar added for unseen articles: titled conjuncts, member lists, organs of
// organisations, leaders, anaphoric bodies, territories, purchases, reactions to
// an earlier action, and the negatives each rule must leave alone. Sentences are
// written for these tests.
import { analyzeWord } from '../../../src/extract/morphology';
import { loadLexicon } from '../../../src/extract/facts';
import { E, factsOf, find, type EntitySpec } from './fixture';

const X = {
  MARCOS: { id: 'person:ferdinand-marcos-jr', type: 'Person', forms: ['Ferdinand Marcos Jr.'] },
  ABBAS: { id: 'person:mahmoud-abbas', type: 'Person', forms: ['Mahmoud Abbas'] },
  IQBAL: { id: 'person:lalu-muhamad-iqbal', type: 'Person', forms: ['Lalu Muhamad Iqbal'] },
  AGUS: { id: 'person:agus-subiyanto', type: 'Person', forms: ['Agus Subiyanto'] },
  UNSC: { id: 'org:unsc', type: 'Organization', forms: ['Dewan Keamanan Perserikatan Bangsa-Bangsa', 'Dewan Keamanan PBB'] },
  WFP: { id: 'org:wfp', type: 'Organization', forms: ['WFP'] },
  MOSSAD: { id: 'org:mossad', type: 'Organization', forms: ['Mossad'] },
  BARNEA: { id: 'person:david-barnea', type: 'Person', forms: ['David Barnea'] },
  DARWIN: { id: 'location:darwin', type: 'Location', forms: ['Darwin'] },
  NCL: { id: 'location:new-caledonia', type: 'Location', forms: ['Kaledonia Baru'] },
  KL: { id: 'location:kuala-lumpur', type: 'Location', forms: ['Kuala Lumpur'] },
  MM: { id: 'country:MM', type: 'Country', forms: ['Myanmar'] },
  VN: { id: 'country:VN', type: 'Country', forms: ['Vietnam'] },
  FJ: { id: 'country:FJ', type: 'Country', forms: ['Fiji'] },
  PG: { id: 'country:PG', type: 'Country', forms: ['Papua Nugini'] },
} satisfies Record<string, EntitySpec>;

const ALL: EntitySpec[] = [...Object.values(E), ...Object.values(X)];
const facts = (text: string) => factsOf(text, ALL);
const has = (text: string, s: EntitySpec, p: string, o: EntitySpec) => !!find(facts(text), s.id, p, o.id);

describe('coordination', () => {
  test('a conjunct introduced by its title and country still names the person', () => {
    const f = facts('Prabowo menggelar pertemuan dengan Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Filipina Ferdinand Marcos Jr. di sela KTT.');
    expect(find(f, E.ANWAR.id, 'MEETS', E.PRABOWO.id) ?? find(f, E.PRABOWO.id, 'MEETS', E.ANWAR.id)).toBeDefined();
    expect(find(f, X.MARCOS.id, 'MEETS', E.PRABOWO.id) ?? find(f, E.PRABOWO.id, 'MEETS', X.MARCOS.id)).toBeDefined();
  });
  test('a class noun followed by "yakni" and a list: each member is an object', () => {
    const f = facts('Sugiono melakukan perjalanan ke tiga negara di kawasan Pasifik, yakni Fiji, Papua Nugini dan Australia.');
    for (const c of [X.FJ, X.PG, E.AU]) expect(find(f, E.SUGIONO.id, 'VISITS', c.id)).toBeDefined();
  });
  test('go-betweens of talks are not parties to them', () => {
    const f = facts('Qatar dan Mesir menjadi mediator dalam perundingan tersebut.');
    expect(f.filter((x) => x.predicate === 'MEETS')).toEqual([]);
  });
});

describe('ALLIED_WITH from a listed class of allies', () => {
  test('"negara sekutu X, yakni A dan B": each is an ally of X', () => {
    const f = facts('Presiden Taiwan Lai Ching-te mengunjungi dua negara sekutu diplomatik Taiwan, yaitu Fiji dan Papua Nugini.');
    expect(find(f, X.FJ.id, 'ALLIED_WITH', E.TW.id) ?? find(f, E.TW.id, 'ALLIED_WITH', X.FJ.id)).toBeDefined();
    expect(find(f, E.TW.id, 'VISITS', X.PG.id) ?? find(f, E.LAI.id, 'VISITS', X.PG.id)).toBeDefined();
  });
  test('a mere partner country is no ally', () => {
    const f = facts('Sugiono berkunjung ke dua negara mitra Indonesia, yakni Fiji dan Papua Nugini.');
    expect(f.filter((x) => x.predicate === 'ALLIED_WITH')).toEqual([]);
  });
});

describe('PART_OF and HOLDS_POSITION from noun phrases', () => {
  test('an organ whose name ends with its parent organisation', () => {
    expect(has('Indonesia menunggu mandat Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) sebelum mengirim pasukan.', X.UNSC, 'PART_OF', E.UN)).toBe(true);
  });
  test('an acronym naming the organ of the body before it', () => {
    expect(has('Badan Pangan Dunia PBB (WFP) memperingatkan ancaman kelaparan di Gaza.', X.WFP, 'PART_OF', E.UN)).toBe(true);
  });
  test('descriptor words, a country, then its named body: title scope and PART_OF', () => {
    const f = facts('Kepala badan intelijen Israel Mossad, David Barnea, bertolak ke Doha.');
    expect(find(f, X.BARNEA.id, 'HOLDS_POSITION', X.MOSSAD.id)).toBeDefined();
    expect(find(f, X.MOSSAD.id, 'PART_OF', E.IL.id)).toBeDefined();
  });
  test('"X yang dipimpin Y": Y leads X', () => {
    expect(has('Otoritas Palestina yang dipimpin Mahmoud Abbas menolak rencana tersebut.', X.ABBAS, 'HOLDS_POSITION', E.PS)).toBe(true);
  });
  test('"yang dipimpin" needs "yang" and a body before it', () => {
    expect(facts('Delegasi dipimpin Mahmoud Abbas.').filter((x) => x.predicate === 'HOLDS_POSITION')).toEqual([]);
  });
  test('"juru bicara kementerian itu, X": the body named earlier with that head noun', () => {
    const f = facts('Kementerian Luar Negeri mengecam serangan itu. Juru bicara kementerian itu, Lalu Muhamad Iqbal, meminta gencatan senjata.');
    expect(find(f, X.IQBAL.id, 'HOLDS_POSITION', E.KEMLU.id)).toBeDefined();
  });
  test('a title that spells out its body, then a rank, then the name', () => {
    expect(has('Panglima TNI Jenderal Agus Subiyanto meninjau kesiapan pasukan di Natuna.', X.AGUS, 'HOLDS_POSITION', E.TNI)).toBe(true);
  });
});

describe('places', () => {
  test('"wilayah X Y": Y lies in X, and is a conjunct of the destination', () => {
    const f = facts('Prabowo singgah di Darwin dan wilayah Prancis Kaledonia Baru.');
    expect(find(f, X.NCL.id, 'LOCATED_IN', E.FR.id)).toBeDefined();
    expect(find(f, E.PRABOWO.id, 'VISITS', X.NCL.id)).toBeDefined();
    expect(find(f, E.PRABOWO.id, 'VISITS', X.DARWIN.id)).toBeDefined();
  });
  test('a headline comma joins clauses, not a place and its country', () => {
    const f = facts('Prabowo hadiri KTT di Kuala Lumpur, dorong perdamaian Myanmar\n\nPresiden Prabowo tiba di Kuala Lumpur pada Minggu.');
    expect(find(f, X.KL.id, 'LOCATED_IN', X.MM.id)).toBeUndefined();
  });
});

describe('purchases, reactions and clause structure', () => {
  test('buying weapons from a seller: the seller supplies the buyer', () => {
    expect(has('Indonesia membeli 42 jet tempur Rafale dari Prancis.', E.FR, 'SUPPLIES_WEAPONS_TO', E.ID)).toBe(true);
  });
  test('receiving weapons from a giver: the giver supplies the receiver', () => {
    expect(has('Ukraina menerima 30 rudal jarak jauh dari Inggris pekan lalu.', E.GB, 'SUPPLIES_WEAPONS_TO', E.UA)).toBe(true);
  });
  test('buying something that is not a weapon is no supply of weapons', () => {
    expect(facts('Indonesia membeli 500.000 ton beras dari Vietnam.').filter((x) => x.predicate === 'SUPPLIES_WEAPONS_TO')).toEqual([]);
  });
  test('a protest at "tindakan tersebut" targets the agent of the previous event', () => {
    const f = facts('Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina di Laut China Selatan. Manila memprotes tindakan tersebut.');
    expect(find(f, E.CN.id, 'ATTACKS', E.PH.id)).toBeDefined();
    expect(find(f, E.PH.id, 'CONDEMNS', E.CN.id)).toBeDefined();
  });
  test('criticising a deed done by X ("yang diberlakukan X") condemns X', () => {
    expect(has('Guterres mengecam blokade yang diberlakukan Israel terhadap Jalur Gaza.', E.GUTERRES, 'CONDEMNS', E.IL)).toBe(true);
    expect(has('Guterres mengecam blokade terhadap Jalur Gaza.', E.GUTERRES, 'CONDEMNS', E.IL)).toBe(false);
  });
  test('"perusahaan X yang dituding memasok": the relative head supplies, not the sanctioning subject', () => {
    const f = facts('Inggris menjatuhkan sanksi kepada perusahaan China yang dituding memasok drone ke Rusia.');
    expect(find(f, E.CN.id, 'SUPPLIES_WEAPONS_TO', E.RU.id)).toBeDefined();
    expect(find(f, E.GB.id, 'SUPPLIES_WEAPONS_TO', E.RU.id)).toBeUndefined();
  });
  test('after "meminta", a common noun phrase is the subject of the requested act', () => {
    const f = facts('Zelensky meminta negara-negara Barat segera mengirim lebih banyak rudal ke Ukraina.');
    expect(f.filter((x) => x.predicate === 'SUPPLIES_WEAPONS_TO')).toEqual([]);
  });
  test('a light verb with its own object noun: the light verb subject gives the aid', () => {
    expect(has('Australia mengumumkan paket bantuan senilai 50 juta dolar untuk Palestina.', E.AU, 'SUPPORTS', E.PS)).toBe(true);
  });
});

describe('morphology', () => {
  const roots = loadLexicon().roots;
  test.each([
    ['perjalanan', 'jalan', 'per'],
    ['pertahanan', 'tahan', 'per'],
    ['perampokan', 'rampok', 'peN'],
    ['meminta', 'minta', 'meN'],
  ])('%s → %s (%s-)', (word, root, prefix) => {
    const a = analyzeWord(word, roots);
    expect(a.root).toBe(root);
    expect(a.prefixes[0]).toBe(prefix);
  });
});
