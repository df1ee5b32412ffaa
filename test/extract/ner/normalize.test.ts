import type { TaggedSentence } from '../../../src/extract/ner/corpus';
import { countryNames, splitGluedBrackets, tagUntaggedCountries } from '../../../src/extract/ner/normalize';
import type { BioLabel } from '../../../src/extract/ner/labels';

const sent = (pairs: [string, BioLabel][]): TaggedSentence => ({ tokens: pairs.map((p) => p[0]), tags: pairs.map((p) => p[1]) });

describe('harmonising corpora for the shipped model', () => {
  it('splits glued brackets off words, keeping the entity on the word', () => {
    const s = splitGluedBrackets(
      sent([
        ['Joko', 'B-PER'],
        ['Widodo', 'I-PER'],
        ['(Jokowi)', 'I-PER'],
        ['dan', 'O'],
        ['(PKB)', 'B-ORG'],
        ['(24/8)', 'O'],
        ['Inc.', 'O'],
        ['(', 'O'],
      ]),
    );
    expect(s.tokens).toEqual(['Joko', 'Widodo', '(', 'Jokowi', ')', 'dan', '(', 'PKB', ')', '(', '24/8', ')', 'Inc.', '(']);
    expect(s.tags).toEqual(['B-PER', 'I-PER', 'O', 'B-PER', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('tags untagged country names as LOC, longest name first, never inside another entity', () => {
    const names = [['Amerika', 'Serikat'], ['Amerika'], ['Israel'], ['Indonesia']];
    const s = tagUntaggedCountries(
      sent([
        ['Israel', 'O'],
        ['dan', 'O'],
        ['Amerika', 'O'],
        ['Serikat', 'O'],
        ['bertemu', 'O'],
        ['Bank', 'B-ORG'],
        ['Indonesia', 'I-ORG'],
        ['Indonesia', 'O'],
        ['Raya', 'I-LOC'],
      ]),
      names,
    );
    expect(s.tags).toEqual(['B-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'I-LOC']);
  });

  it('reads country forms and capitalised abbreviations from the gazetteer shape', () => {
    const names = countryNames({ countries: [{ forms: ['Amerika Serikat', 'AS'], caps: ['USA'] }, { forms: ['Israel'] }] }, 'countries.json');
    expect(names).toEqual([['AS'], ['Amerika', 'Serikat'], ['Israel'], ['USA']]);
    expect(() => countryNames({}, 'countries.json')).toThrow(/NER_CORPUS_FORMAT: countries.json: field "countries"/);
  });
});
