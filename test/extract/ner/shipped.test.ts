// The shipped weights on news sentences written for this test (not from the
// seed articles or the training corpora).
import { join } from 'node:path';
import { defaultModelPath, loadNerTagger, spans } from '../../../src/extract/ner';

function entities(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const tags = loadNerTagger().tag(tokens);
  expect(tags).toHaveLength(tokens.length);
  return spans(tags).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
}

describe('shipped NER model', () => {
  it('loads from the package root and is cached', () => {
    expect(defaultModelPath()).toBe(join(__dirname, '..', '..', '..', 'resources', 'models', 'ner-id.json.gz'));
    expect(loadNerTagger()).toBe(loadNerTagger());
    expect(loadNerTagger().tag([])).toEqual([]);
  });

  it('tags a person after a title and places', () => {
    const e = entities('Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta pada Senin .');
    expect(e).toContain('PER:Joko Widodo');
    expect(e).toContain('PER:Anthony Albanese');
    expect(e).toContain('LOC:Jakarta');
    expect(e.some((x) => x.includes('Presiden'))).toBe(false);
  });

  it('tags a ministry as an organisation', () => {
    const e = entities('Kementerian Luar Negeri mengecam serangan udara terhadap warga sipil di Gaza .');
    expect(e).toContain('ORG:Kementerian Luar Negeri');
    expect(e).toContain('LOC:Gaza');
  });

  it('tags people, organisations and places in a defence sentence', () => {
    const e = entities('Menteri Pertahanan Prabowo Subianto mengunjungi Tokyo untuk membahas kerja sama dengan Jepang .');
    expect(e).toEqual(expect.arrayContaining(['PER:Prabowo Subianto', 'LOC:Tokyo', 'LOC:Jepang']));
    const f = entities('Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata di Ukraina .');
    expect(f).toEqual(expect.arrayContaining(['ORG:PBB', 'PER:Antonio Guterres', 'LOC:Ukraina']));
  });

  it('leaves a sentence without names untagged', () => {
    expect(entities('Harga beras naik tajam dalam dua pekan terakhir , kata para pedagang .')).toEqual([]);
  });

  it('refuses a missing model file with a clear code', () => {
    expect(() => loadNerTagger('/nonexistent/ner.json.gz')).toThrow(/NER_MODEL_MISSING: \/nonexistent\/ner\.json\.gz/);
  });
});
