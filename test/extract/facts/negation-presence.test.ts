// Presence stated with "ada"/"terdapat" (existential): asserted, negated
// ("tidak ada pasukan X di Y") or denied ("X membantah ada tentara Y di Z"),
// and criticism of a relation "antara A dan B" that targets both parties.
import { E, factsOf, find, type EntitySpec } from './fixture';

const KP: EntitySpec = { id: 'country:KP', type: 'Country', forms: ['Korea Utara', 'Pyongyang'] };
const ALL: EntitySpec[] = [...Object.values(E), KP];
const facts = (text: string) => factsOf(text, ALL);

test('"X membantah ada tentara Y di Z": a denied presence, attributed to the denier', () => {
  const f = find(facts('Rusia membantah ada tentara Korea Utara di wilayah Rusia.'), KP.id, 'SENDS_TROOPS_TO', E.RU.id);
  expect(f?.modality).toBe('denied');
  expect(f?.attributedTo).toBe(E.RU.id);
});

test('"tidak ada pasukan X di Y" is negated; "ada N tentara X di Y" asserted with its count', () => {
  expect(find(facts('Menurut PBB, tidak ada pasukan Amerika Serikat di Gaza.'), E.US.id, 'SENDS_TROOPS_TO', E.GAZA.id)?.modality).toBe('negated');
  const f = find(facts('Saat ini ada sekitar 900 tentara Australia di Filipina.'), E.AU.id, 'SENDS_TROOPS_TO', E.PH.id);
  expect(f?.modality).toBe('asserted');
  expect(f?.count).toBe(900);
});

test('"ada" without troops of someone somewhere is no fact', () => {
  expect(facts('Tidak ada tentara yang tewas dalam serangan di Gaza.').some((f) => f.predicate === 'SENDS_TROOPS_TO')).toBe(false);
  expect(facts('Ada kekhawatiran di Filipina soal China.').some((f) => f.predicate === 'SENDS_TROOPS_TO')).toBe(false);
});

test('"mengecam kerja sama militer antara A dan B" condemns both', () => {
  const f = facts('Jepang mengecam kerja sama militer antara Rusia dan Korea Utara.');
  expect(find(f, E.JP.id, 'CONDEMNS', E.RU.id)).toBeDefined();
  expect(find(f, E.JP.id, 'CONDEMNS', KP.id)).toBeDefined();
  // a single party after "antara" is no pair
  expect(facts('Jepang mengecam perbedaan antara Rusia dan sikapnya.').some((x) => x.predicate === 'CONDEMNS')).toBe(false);
});
