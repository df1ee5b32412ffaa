// Deploying warships and aircraft is sending forces (SENDS_TROOPS_TO) — sending
// them to a country to keep is supplying weapons; sanctions adopted, applied or
// widened are imposed by the verb's subject.
import { E, factsOf, find, type EntitySpec } from './fixture';

const ALL: EntitySpec[] = Object.values(E);
const facts = (text: string) => factsOf(text, ALL);

test('"mengerahkan N kapal perang ke X" deploys forces there', () => {
  const f = find(facts('China mengerahkan 20 kapal perang ke Laut China Selatan.'), E.CN.id, 'SENDS_TROOPS_TO', E.SCS.id);
  expect(f?.count).toBe(20);
  expect(find(facts('China menempatkan kapal penjaga pantai di dekat Natuna.'), E.CN.id, 'SENDS_TROOPS_TO', E.NATUNA.id)).toBeDefined();
});

test('sending fighter jets to a country supplies it, it does not deploy there', () => {
  const f = facts('Amerika Serikat mengirim jet tempur F-16 ke Ukraina.');
  expect(find(f, E.US.id, 'SUPPLIES_WEAPONS_TO', E.UA.id)).toBeDefined();
  expect(find(f, E.US.id, 'SENDS_TROOPS_TO', E.UA.id)).toBeUndefined();
});

test('sanctions adopted, applied or widened: the subject imposes them', () => {
  for (const verb of ['mengadopsi', 'menerapkan', 'memperluas']) {
    expect(find(facts(`Uni Eropa ${verb} paket sanksi baru terhadap Rusia.`), E.EU.id, 'SANCTIONS', E.RU.id)).toBeDefined();
  }
});

test('prolonging a war does not make its subjects fight each other', () => {
  expect(facts('Zelensky menuduh Rusia dan Iran memperpanjang perang.').some((f) => f.predicate === 'FIGHTS_AGAINST')).toBe(false);
});

test('"sanksi itu menyasar X": sanctions named before target X, imposed by whoever imposed them', () => {
  const text = 'Uni Eropa menjatuhkan sanksi baru terhadap Iran pada Selasa. Sanksi itu menyasar armada bayangan Rusia.';
  expect(find(facts(text), E.EU.id, 'SANCTIONS', E.RU.id)).toBeDefined();
  expect(find(facts('Sanksi Inggris menargetkan kapal tanker Rusia.'), E.GB.id, 'SANCTIONS', E.RU.id)).toBeDefined();
  // no earlier sanction, no one imposing it
  expect(facts('Sanksi itu menyasar armada bayangan Rusia.').some((f) => f.predicate === 'SANCTIONS')).toBe(false);
});

test('"perusahaan yang dikenai sanksi adalah A dan B": the listed are sanctioned by the last imposer', () => {
  const A: EntitySpec = { id: 'org:a', type: 'Organization', forms: ['Insitu'] };
  const B: EntitySpec = { id: 'org:b', type: 'Organization', forms: ['Hudson Technologies'] };
  const text = 'China menjatuhkan sanksi terhadap tujuh perusahaan Amerika Serikat. Di antara perusahaan yang dikenai sanksi adalah Insitu serta Hudson Technologies.';
  const f = factsOf(text, [...ALL, A, B]);
  expect(find(f, E.CN.id, 'SANCTIONS', A.id)).toBeDefined();
  expect(find(f, E.CN.id, 'SANCTIONS', B.id)).toBeDefined();
  // nobody imposed sanctions before: no fact
  expect(factsOf('Perusahaan yang dikenai sanksi adalah Insitu.', [...ALL, A]).some((x) => x.predicate === 'SANCTIONS')).toBe(false);
});
