import { parseCorpus, formatForFile } from '../../../src/extract/ner/corpus';
import { NerError } from '../../../src/extract/ner/errors';
import { mapCorpusTag } from '../../../src/extract/ner/labels';

describe('NER corpus readers', () => {
  it('reads IndoLEM .tsv (token<TAB>tag) and maps PERSON/LOCATION/ORGANIZATION, folding TIME/QUANTITY to O', () => {
    const text = [
      'Menteri\tO',
      'Retno\tB-PERSON',
      'Marsudi\tI-PERSON',
      'ke\tO',
      'Jakarta\tB-LOCATION',
      '',
      'Kemarin\tB-TIME',
      'PBB\tB-ORGANIZATION',
      'dua\tB-QUANTITY',
      'orang\tI-QUANTITY',
      '',
    ].join('\n');
    const s = parseCorpus(text, 'train.01.tsv', 'token-tag');
    expect(s).toHaveLength(2);
    expect(s[0].tokens).toEqual(['Menteri', 'Retno', 'Marsudi', 'ke', 'Jakarta']);
    expect(s[0].tags).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
    expect(s[1].tags).toEqual(['O', 'B-ORG', 'O', 'O']);
  });

  it('reads idner-news-2k (token POS tag, CRLF)', () => {
    const text = 'Berikut PROPN O\r\nIndonesia PROPN B-LOC\r\nBank PROPN B-ORG\r\nDunia PROPN I-ORG\r\n\r\nAni PROPN B-PER\r\n';
    const s = parseCorpus(text, 'train.txt', 'token-pos-tag');
    expect(s.map((x) => x.tokens)).toEqual([['Berikut', 'Indonesia', 'Bank', 'Dunia'], ['Ani']]);
    expect(s[0].tags).toEqual(['O', 'B-LOC', 'B-ORG', 'I-ORG']);
    expect(s[1].tags).toEqual(['B-PER']);
  });

  it('reads IndoNLU NERGrit and NERP tags (PLACE, ORGANISATION, PPL, PLC, IND; EVT and FNB → O)', () => {
    const grit = parseCorpus('Ia\tO\ndi\tO\nBandung\tB-PLACE\nUNPAD\tB-ORGANISATION\n', 'train_preprocess.txt', 'token-tag');
    expect(grit[0].tags).toEqual(['O', 'O', 'B-LOC', 'B-ORG']);
    const nerp = parseCorpus(
      'amos\tB-PPL\nkenda\tI-PPL\nmanado\tB-PLC\npertamina\tB-IND\npilkada\tB-EVT\nrendang\tB-FNB\n',
      'test_preprocess.txt',
      'token-tag',
    );
    expect(nerp[0].tags).toEqual(['B-PER', 'I-PER', 'B-LOC', 'B-ORG', 'O', 'O']);
  });

  it('repairs an I- tag that does not continue an entity into B-', () => {
    const s = parseCorpus('di\tO\nSurabaya\tI-LOCATION\nBank\tB-ORGANIZATION\nJatim\tI-LOCATION\n', 'x.tsv', 'token-tag');
    expect(s[0].tags).toEqual(['O', 'B-LOC', 'B-ORG', 'B-LOC']);
  });

  it('names file and line of a malformed line', () => {
    const bad = 'Ani\tB-PERSON\nBudi B-PERSON\n';
    let err: unknown;
    try {
      parseCorpus(bad, 'dev.02.tsv', 'token-tag');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NerError);
    expect((err as NerError).code).toBe('NER_CORPUS_FORMAT');
    expect((err as NerError).file).toBe('dev.02.tsv');
    expect((err as NerError).line).toBe(2);
    expect((err as NerError).message).toContain('dev.02.tsv:2');
  });

  it('rejects an unknown tag with its line', () => {
    expect(() => parseCorpus('a PROPN O\r\nb PROPN B-FOO\r\n', 'test.txt', 'token-pos-tag')).toThrow(/NER_UNKNOWN_TAG: test\.txt:2/);
  });

  it('maps tags case-insensitively by type name and refuses junk', () => {
    expect(mapCorpusTag('I-Organization')).toBe('I-ORG');
    expect(mapCorpusTag('X-PER')).toBeUndefined();
    expect(mapCorpusTag('B-')).toBeUndefined();
  });

  it('guesses the format from the file name', () => {
    expect(formatForFile('/d/nerui/train.01.tsv')).toBe('token-tag');
    expect(formatForFile('/d/nergrit/valid_preprocess.txt')).toBe('token-tag');
    expect(formatForFile('/d/idner-news-2k/dev.txt')).toBe('token-pos-tag');
  });
});
