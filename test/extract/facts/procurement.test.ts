// Defence procurement: a purchase names its seller after "dari", "buatan" or as
// the partner of the contract; the seller supplies the buyer (SUPPLIES_WEAPONS_TO).
import { E, factsOf, find, type EntitySpec } from './fixture';

const KEMHAN: EntitySpec = { id: 'org:kemhan', type: 'Organization', forms: ['Kementerian Pertahanan', 'Kemhan'] };
const MAKER: EntitySpec = { id: 'org:maker', type: 'Organization', forms: ['Naval Group', 'Dassault Aviation'] };
const ALL: EntitySpec[] = [...Object.values(E), KEMHAN, MAKER];
const facts = (text: string) => factsOf(text, ALL);
const supplies = (text: string, s: EntitySpec, o: EntitySpec) => find(facts(text), s.id, 'SUPPLIES_WEAPONS_TO', o.id);

test('"meneken kontrak pembelian N jet tempur dari Y": Y supplies the subject of the verb', () => {
  const f = supplies('Kemhan meneken kontrak pembelian 48 jet tempur dari Prancis.', E.FR, KEMHAN);
  expect(f).toBeDefined();
  expect(f?.count).toBe(48);
});

test('"kontrak pengadaan … dengan Y": the contract partner is the seller', () => {
  const text = 'Kementerian Pertahanan menandatangani kontrak pengadaan dua kapal selam dengan perusahaan galangan kapal asal Prancis, Naval Group, di Jakarta.';
  expect(supplies(text, MAKER, KEMHAN)).toBeDefined();
  // the company is named, not its country
  expect(supplies(text, E.FR, KEMHAN)).toBeUndefined();
  expect(find(facts(text), KEMHAN.id, 'SIGNS_AGREEMENT_WITH', MAKER.id) ?? find(facts(text), MAKER.id, 'SIGNS_AGREEMENT_WITH', KEMHAN.id)).toBeDefined();
});

test('"kontrak dengan Y untuk pembelian …": the partner before the purpose clause sells', () => {
  expect(supplies('Kemhan menandatangani kontrak dengan Dassault Aviation untuk pembelian 42 jet tempur Rafale.', MAKER, KEMHAN)).toBeDefined();
});

test('"membeli … buatan Y" names the maker; a model name alone is a weapon', () => {
  expect(supplies('Malaysia memesan 18 unit Rafale dari Prancis.', E.FR, E.MY)).toBeDefined();
  expect(supplies('Filipina membeli sistem rudal buatan Jepang.', E.JP, E.PH)).toBeDefined();
});

test('a purchase without a seller, or of no weapon, is no supply', () => {
  expect(facts('Kemhan meneken kontrak pembelian 48 jet tempur.').some((f) => f.predicate === 'SUPPLIES_WEAPONS_TO')).toBe(false);
  expect(facts('Kemhan meneken kontrak pembelian beras dari Prancis.').some((f) => f.predicate === 'SUPPLIES_WEAPONS_TO')).toBe(false);
});

test('weapons arriving somewhere are no visit by their buyer', () => {
  const f = facts('Enam jet tempur Rafale pesanan Indonesia tiba di Natuna pada Senin.');
  expect(f.some((x) => x.predicate === 'VISITS')).toBe(false);
});

test('an adjective in -kan after the weapon noun does not end the phrase: "senjata mematikan ke Y"', () => {
  const f = find(facts('Jepang tidak mengirim senjata mematikan ke Ukraina.'), E.JP.id, 'SUPPLIES_WEAPONS_TO', E.UA.id);
  expect(f?.modality).toBe('negated');
});

test('a passive purchase names the buyer after the verb: "N jet tempur yang dibeli X dari Y"', () => {
  expect(supplies('Jet tempur yang dibeli Malaysia dari Prancis tiba pekan lalu.', E.FR, E.MY)).toBeDefined();
  expect(supplies('Sebanyak 42 jet tempur dipesan Kemhan dari Dassault Aviation pada 2022.', MAKER, KEMHAN)).toBeDefined();
  // no seller, no supply
  expect(facts('Jet tempur yang dibeli Malaysia tiba pekan lalu.').some((f) => f.predicate === 'SUPPLIES_WEAPONS_TO')).toBe(false);
});

test('weapons named before and sent by a supplier named later go to the earlier recipient', () => {
  const text = 'Amerika Serikat menyetujui penjualan 66 jet tempur ke Taiwan. Pesawat-pesawat itu akan dikirim oleh Prancis mulai 2026.';
  expect(supplies(text, E.FR, E.TW)).toBeDefined();
  // a generic noun without a demonstrative names no earlier weapons
  expect(supplies('Amerika Serikat menjual 66 jet tempur ke Taiwan. Pesawat akan dikirim oleh Prancis.', E.FR, E.TW)).toBeUndefined();
});
