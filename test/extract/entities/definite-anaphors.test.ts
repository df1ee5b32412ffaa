// Definite noun phrases that refer back: "negara itu", "pulau tersebut",
// "blok itu", "kedua menteri" — and "kedua negara" that skips the venue.
import { extractArticle } from '../../../src/extract/pipeline';
import { recognize } from './helpers';

const idsOf = (text: string, form: string) => {
  const r = recognize(text);
  return r.mentions.filter((m) => m.text.toLowerCase() === form.toLowerCase()).map((m) => m.entityId);
};

describe('definite anaphors', () => {
  it('"negara itu" inside a sentence is the nearest country other than the subject', () => {
    expect(idsOf('Jepang tidak mengirim senjata ke Ukraina, tetapi memberikan bantuan kepada negara itu.', 'negara itu')).toEqual(['country:UA']);
  });

  it('"Negara itu" opening a sentence is the subject of the sentence before', () => {
    expect(idsOf('Korea Utara memasok rudal kepada Rusia. Negara itu menerima minyak sebagai imbalan.', 'Negara itu')).toEqual(['country:KP']);
  });

  it('"Blok itu" is the body named before, not a country', () => {
    expect(idsOf('Uni Eropa menjatuhkan sanksi terhadap Iran. Blok itu juga mengecam Teheran.', 'Blok itu')).toEqual(['org:european-union']);
  });

  it('"pulau itu" skips the subject and seas: the island state named before', () => {
    const text = 'China mengerahkan kapal ke perairan di sekitar Taiwan dan Laut China Timur. China membantah berencana menyerang pulau itu.';
    expect(idsOf(text, 'pulau itu')).toEqual(['country:TW']);
  });

  it('"kedua menteri" is the two people just named', () => {
    const text = 'Menlu Sugiono bertemu Menlu Australia Penny Wong di Canberra. Kedua menteri membahas keamanan kawasan.';
    expect(idsOf(text, 'Kedua menteri').sort()).toEqual(['person:penny-wong', 'person:sugiono']);
  });

  it('"kedua negara" leaves out the country where the meeting is held', () => {
    const text = 'Menlu Sugiono bertemu Menlu Australia Penny Wong di Bangkok, Thailand. Kedua negara sepakat memperkuat kerja sama.';
    expect(idsOf(text, 'Kedua negara').sort()).toEqual(['country:AU', 'country:ID']);
  });

  it('a class noun without a demonstrative refers to nothing', () => {
    expect(idsOf('Jepang membantu negara tetangga.', 'negara tetangga')).toEqual([]);
  });
});

describe('products and classifiers', () => {
  it('a weapon model named alone is no person', () => {
    const r = recognize('Rafale pertama akan tiba di Indonesia pada Februari.');
    expect(r.entities.map((e) => e.name)).not.toContain('Rafale');
  });

  it('"Pangkalan Udara" joins the name the tagger reads apart', () => {
    const r = recognize('Pesawat itu diterbangkan ke Pangkalan Udara Roesmin Nurjadin di Pekanbaru.');
    expect(r.entities.map((e) => e.name)).toContain('Roesmin Nurjadin Air Base');
  });
});

describe('titles', () => {
  it('an ambassador "Duta Besar X untuk Y Z" holds the post of X', () => {
    const doc = extractArticle('Duta Besar Prancis untuk Indonesia Fabien Penone hadir dalam acara itu.', { id: 'x', source: 'x.txt' });
    const name = new Map(doc.entities.map((e) => [e.id, e.name]));
    const holds = doc.facts.filter((f) => f.predicate === 'HOLDS_POSITION').map((f) => `${name.get(f.subject)} > ${name.get(f.object)}`);
    expect(holds).toEqual(['Fabien Penone > France']);
  });

  it('a post abbreviated in parentheses (KSAU) is no body', () => {
    const r = recognize('Kepala Staf Angkatan Udara (KSAU) Marsekal Tonny Harjono menyambut pesawat itu.');
    expect(r.entities.map((e) => e.name)).not.toContain('KSAU');
  });
});

describe('visits by attending', () => {
  it('an official attending a meeting in their own country visits nothing', () => {
    const doc = extractArticle('Menteri Luar Negeri Sugiono menghadiri rapat kabinet di Jakarta. Menlu Australia Penny Wong menghadiri pertemuan di Jakarta.', { id: 'x', source: 'x.txt' });
    const name = new Map(doc.entities.map((e) => [e.id, e.name]));
    const visits = doc.facts.filter((f) => f.predicate === 'VISITS').map((f) => `${name.get(f.subject)} > ${name.get(f.object)}`);
    expect(visits).toEqual(['Penny Wong > Jakarta']);
  });
});
