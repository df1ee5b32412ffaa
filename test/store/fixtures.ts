// Hand-written ExtractedDocument fixtures (see fixtures/make-fixtures.py): four
// short Indonesian articles about North Korean troops, a denial, and a visit.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ExtractedDocument } from '../../src/extract/types';

export const FIXTURE_IDS = ['fx_a1', 'fx_a2', 'fx_a3', 'fx_a4'] as const;

export function fixture(id: (typeof FIXTURE_IDS)[number]): ExtractedDocument {
  return JSON.parse(readFileSync(path.join(__dirname, 'fixtures', `${id}.json`), 'utf8')) as ExtractedDocument;
}

export function fixtureText(id: (typeof FIXTURE_IDS)[number]): string {
  return readFileSync(path.join(__dirname, 'fixtures', `${id}.txt`), 'utf8');
}

export function allFixtures(): ExtractedDocument[] {
  return FIXTURE_IDS.map(fixture);
}

/** fx_a3 after an edit: the denial is gone, a training claim appears. */
export function changedA3(): ExtractedDocument {
  const doc = fixture('fx_a3');
  const text = 'Rusia melatih tentara Korea Utara di Kursk.';
  doc.facts = [
    {
      subject: 'country:RU',
      predicate: 'TRAINS',
      object: 'country:KP',
      modality: 'asserted',
      evidence: { start: 0, end: text.length, text },
      confidence: 0.7,
    },
  ];
  doc.entities = doc.entities.filter((e) => e.id !== 'country:US');
  return doc;
}
