import { extractArticle } from '../../../src/extract/pipeline';

// Found by the fuzz suite: a title with nothing after it used to read past the
// last token while looking for a given name.
describe('entity stage on truncated text', () => {
  it.each(['Presiden', 'Presiden ', 'kata Menteri Luar Negeri', 'Oleh'])('does not throw on %j', (text) => {
    const doc = extractArticle(text, { id: 'x', source: 'x.txt' });
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
