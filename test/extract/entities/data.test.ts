import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGazetteer, loadGazetteer } from '../../../src/extract/entities/gazetteer';
import { foldAccents, slugify } from '../../../src/extract/entities/normalize';
import { englishName } from '../../../src/extract/entities/patterns';
import { EntityDataError } from '../../../src/extract/entities/resources';
import { loadTitles, parseTitles } from '../../../src/extract/entities/titles';

const DIR = resolve(__dirname, '../../../resources/gazetteer');
const json = (f: string): unknown => JSON.parse(readFileSync(resolve(DIR, f), 'utf8'));

describe('slugify', () => {
  it('makes lower-case ASCII slugs without edge hyphens', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const slug = slugify(s);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
  it('strips accents and treats hyphens and spaces alike', () => {
    expect(slugify('Volker Türk')).toBe('volker-turk');
    expect(slugify('Lee Seong-kweun')).toBe(slugify('Lee Seong Kweun'));
    expect(foldAccents('Tô Lâm')).toBe('To Lam');
  });
});

describe('English names of unknown places and bodies', () => {
  it('reorders the Indonesian classifier word', () => {
    expect(englishName('Rumah Sakit Al-Awda')).toEqual({ name: 'Al-Awda Hospital', type: 'Location' });
    expect(englishName('Pangkalan Udara Hmeimim')).toEqual({ name: 'Hmeimim Air Base', type: 'Location' });
    expect(englishName('Universitas Airlangga')).toEqual({ name: 'Airlangga University', type: 'Organization' });
    expect(englishName('Istana')).toBeUndefined();
    expect(englishName('Hamas')).toBeUndefined();
  });
});

describe('titles.json', () => {
  it('loads every title with pre-tokenised lower-case forms', () => {
    const titles = loadTitles();
    const menlu = titles.find((t) => t.forms.includes('Menlu'));
    expect(menlu?.role).toBe('Foreign Minister');
    expect(menlu?.formTokens).toContainEqual(['menteri', 'luar', 'negeri']);
    for (const t of titles) for (const f of t.formTokens) for (const w of f) expect(w).toBe(w.toLowerCase());
  });
  it('names the field of a malformed entry', () => {
    expect(() => parseTitles({ titles: [{ forms: [], role: 'X', kind: 'y' }] })).toThrow(/titles\[0\]\.forms/);
    try {
      parseTitles({ titles: [{ forms: ['A'], kind: 'y' }] }, 'bad.json');
    } catch (e) {
      expect(e).toBeInstanceOf(EntityDataError);
      expect((e as EntityDataError).code).toBe('GAZETTEER_INVALID');
      expect((e as Error).message).toContain('bad.json');
    }
  });
});

describe('gazetteer data', () => {
  const gaz = loadGazetteer();
  it('has every ISO 3166 country, Indonesian and English names, country:XX ids', () => {
    const iso = (json('countries.json') as { countries: { code: string }[] }).countries.map((c) => c.code);
    expect(iso.length).toBeGreaterThanOrEqual(249);
    expect(gaz.entities.get('country:KP')?.name).toBe('North Korea');
    expect(gaz.entities.get('country:KP')?.forms).toEqual(expect.arrayContaining(['Korea Utara', 'Korut']));
    expect(gaz.entities.get('country:GB')?.forms).toContain('Inggris');
    expect(gaz.entities.get('country:TW')?.type).toBe('Country');
    expect(gaz.entities.get('loc:guam')?.type).toBe('Location'); // not sovereign
  });
  it('never lists "Korea" alone as a form', () => {
    for (const e of gaz.entities.values()) expect(e.forms).not.toContain('Korea');
  });
  it('builds the same ids from the same data (deterministic)', () => {
    const files = {
      countries: json('countries.json'),
      places: json('places.json'),
      organizations: json('organizations.json'),
      people: json('people.json'),
    };
    expect([...buildGazetteer(files).entities.keys()]).toEqual([...gaz.entities.keys()]);
  });
  it('gives every seat of government a country that exists', () => {
    for (const e of gaz.entities.values()) if (e.seat) expect(gaz.entities.get(e.seat)?.type).toBe('Country');
  });
  it('reports a missing field with file and field', () => {
    expect(() => buildGazetteer({ countries: { countries: [{ code: 'XX' }] }, places: { places: [] }, organizations: { organizations: [] }, people: { people: [] } })).toThrow(
      /countries\.json: countries\[0\]\.name/,
    );
  });
});
