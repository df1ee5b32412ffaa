// Military exercises: whoever holds or joins an exercise away from home sends
// forces to its place (SENDS_TROOPS_TO); the place carries over to the
// sentences that go on about the exercise. State bodies known to the gazetteer
// belong to their country (PART_OF) when the document names both.
import { extractArticle } from '../../../src/extract/pipeline';
import { E, factsOf, find, type EntitySpec } from './fixture';

const ALL: EntitySpec[] = Object.values(E);
const facts = (text: string) => factsOf(text, ALL);
const sends = (text: string, s: EntitySpec, o: EntitySpec) => find(facts(text), s.id, 'SENDS_TROOPS_TO', o.id);

test('joining an exercise held somewhere sends forces there; the host at home sends none', () => {
  const text = 'Indonesia dan Australia menggelar latihan bersama di Natuna pada Senin.';
  const natuna = { ...E.NATUNA };
  expect(find(factsOf(text, ALL), E.AU.id, 'SENDS_TROOPS_TO', natuna.id)).toBeDefined();
  // the fixture's Natuna is unknown to the gazetteer: it lies in the country of whoever holds the exercise
  expect(find(factsOf(text, ALL), E.ID.id, 'SENDS_TROOPS_TO', natuna.id)).toBeUndefined();
});

test('"latihan itu diikuti prajurit dari N negara, antara lain A, B dan C": each listed country', () => {
  const text =
    'Latihan gabungan itu digelar di Natuna pada Senin. Latihan itu diikuti sekitar 4.000 prajurit dari tujuh negara, antara lain Jepang, Inggris dan Prancis.';
  for (const c of [E.JP, E.GB, E.FR]) expect(sends(text, c, E.NATUNA)).toBeDefined();
});

test('"negara peserta antara lain …" right after the exercise is named', () => {
  const text = 'Latihan militer itu dibuka di Natuna pada Senin. Negara peserta antara lain Jepang dan Malaysia.';
  expect(sends(text, E.JP, E.NATUNA)).toBeDefined();
  expect(sends(text, E.MY, E.NATUNA)).toBeDefined();
});

test('troops sent without a destination in a paragraph about an exercise go to its place', () => {
  const text = 'TNI menggelar latihan gabungan di Natuna pada Senin. Australia mengirim 250 prajurit, sedangkan Jepang menurunkan pasukan amfibi.';
  const f = sends(text, E.AU, E.NATUNA);
  expect(f?.count).toBe(250);
  expect(sends(text, E.JP, E.NATUNA)).toBeDefined();
});

test('no exercise, or an exercise next to a place, sends nobody there', () => {
  expect(facts('Australia mengirim 250 prajurit.').some((f) => f.predicate === 'SENDS_TROOPS_TO')).toBe(false);
  expect(sends('China menggelar latihan militer di sekitar Taiwan.', E.CN, E.TW)).toBeUndefined();
  // "menurut X" is attribution, not "turut" (joining)
  const text = 'Jepang menggelar latihan di Filipina. Latihan itu menuai kritik, menurut Reuters.';
  expect(facts(text).some((f) => f.subject === E.REUTERS.id)).toBe(false);
});

test('the participant\'s partner joined by "bersama" before the verb joins too', () => {
  const text = 'TNI bersama militer Jepang menggelar latihan gabungan di Natuna.';
  expect(sends(text, E.JP, E.NATUNA)).toBeDefined();
});

test('a known service branch belongs to its armed forces, a state body to its country', () => {
  const doc = extractArticle('TNI Angkatan Udara mengirim dua pesawat ke Yordania. Panglima TNI memuji misi itu di Jakarta, Indonesia.', { id: 'x', source: 'x.txt' });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const partOf = doc.facts.filter((f) => f.predicate === 'PART_OF').map((f) => `${name.get(f.subject)} > ${name.get(f.object)}`);
  expect(partOf).toContain('Indonesian Air Force > Indonesian Armed Forces');
});

test('a joint patrol is joined like an exercise; a patrol boat is no patrol', () => {
  const text = 'Filipina dan Amerika Serikat menggelar patroli maritim bersama di Laut China Selatan. Jepang dan Australia juga bergabung dalam patroli tersebut.';
  for (const c of [E.US, E.JP, E.AU]) expect(sends(text, c, E.SCS)).toBeDefined();
  expect(facts('China menempatkan kapal patroli baru. Jepang bergabung dalam latihan itu.').some((f) => f.predicate === 'SENDS_TROOPS_TO')).toBe(false);
});

test('summoning an ambassador protests against the ambassador\'s country', () => {
  expect(find(facts('Filipina memanggil duta besar China di Manila.'), E.PH.id, 'CONDEMNS', E.CN.id)).toBeDefined();
  expect(facts('Filipina memanggil pulang pasukannya dari Irak.').some((f) => f.predicate === 'CONDEMNS')).toBe(false);
});

test('criticism of a named exercise targets the holders of that exercise, not of the latest one', () => {
  const text =
    'Indonesia bersama Amerika Serikat menggelar latihan gabungan Garuda Shield di Natuna. Rusia dan Iran menggelar latihan bersama di Laut Arab. China mengkritik latihan Garuda Shield.';
  const f = facts(text).filter((x) => x.predicate === 'CONDEMNS' && x.subject === E.CN.id).map((x) => x.object).sort();
  expect(f).toEqual([E.ID.id, E.US.id].sort());
  // the exercise just named when none is named by the critic
  const g = facts('Rusia dan Iran menggelar latihan bersama di Laut Arab. Amerika Serikat mengecam keras latihan itu.');
  expect(g.filter((x) => x.predicate === 'CONDEMNS').map((x) => x.object).sort()).toEqual([E.IR.id, E.RU.id].sort());
});

test('"latihan bersama antara A dan B digelar di X": the partners named after the noun join; a place past another verb is not the exercise\'s', () => {
  const text = 'Latihan bersama antara Indonesia dan Australia digelar di Natuna.';
  expect(sends(text, E.AU, E.NATUNA)).toBeDefined();
  expect(facts('Latihan dengan Rusia tidak berarti Jepang berpihak dalam perang di Ukraina.').some((f) => f.predicate === 'SENDS_TROOPS_TO')).toBe(false);
});

test('an exercise with another name is another exercise: the place of the last one does not carry over', () => {
  const text = 'Jepang menggelar latihan Keen Sword di Filipina. Sebanyak 500 marinir Australia tiba untuk mengikuti latihan Talisman Sabre.';
  expect(sends(text, E.AU, E.PH)).toBeUndefined();
});
