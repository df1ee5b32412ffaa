// Pure parts of the page: deep-link encoding, CSV, evidence highlighting, table sorting.
import fc from 'fast-check';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../src/extract/types';
import type { ClaimView } from '../../src/store/types';
import { csvCell, toCsv } from '../../web/src/csv';
import { highlightRanges } from '../../web/src/highlight';
import { FACT_COLUMNS, sortClaims } from '../../web/src/panels/table';
import { decodeView, emptyFilters, encodeView, VIEWS, type ViewState } from '../../web/src/url';

const date = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const sortedSubset = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map((xs) => [...xs].sort());
const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  filters: fc.record({
    types: sortedSubset(ENTITY_TYPES),
    predicates: sortedSubset(PREDICATES),
    modalities: sortedSubset(MODALITIES),
    outlets: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes(',') && s.trim() === s && s !== ''), { maxLength: 3 }).map((xs) => [...xs].sort()),
    from: date,
    to: date,
    hideIsolated: fc.boolean(),
  }),
  selected: fc.option(fc.constantFrom('country:KP', 'org:nato', 'person:kim-jong-un'), { nil: null }),
  camera: fc.option(
    fc.record({
      x: fc.double({ min: -10, max: 10, noNaN: true }).map((v) => Number(v.toFixed(4))),
      y: fc.double({ min: -10, max: 10, noNaN: true }).map((v) => Number(v.toFixed(4))),
      ratio: fc.double({ min: 0.01, max: 10, noNaN: true }).map((v) => Number(v.toFixed(4))),
    }).filter((c) => c.ratio > 0),
    { nil: null },
  ),
});

describe('deep links', () => {
  it('decode(encode(view)) gives the view back', () => {
    fc.assert(
      fc.property(viewState, (v) => {
        const back = decodeView(encodeView(v));
        expect(back).toEqual({ ...v, camera: v.camera ? { x: v.camera.x || 0, y: v.camera.y || 0, ratio: v.camera.ratio } : null });
      }),
    );
  });
  it('never throws on a hostile query string and drops unknown values', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = decodeView(s);
        expect(VIEWS).toContain(v.view);
      }),
    );
    const v = decodeView('?types=Country,Dragon&predicates=LOVES&cam=1,2,-3&from=tomorrow&view=admin');
    expect(v).toEqual({ view: 'graph', filters: { ...emptyFilters(), types: ['Country'] }, selected: null, camera: null });
  });
});

describe('CSV', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });
  it('round-trips any cell through a simple RFC 4180 reader', () => {
    const read = (line: string): string[] => {
      const cells: string[] = [];
      let i = 0;
      while (i <= line.length) {
        if (line[i] === '"') {
          let v = '';
          i++;
          while (i < line.length) {
            if (line[i] === '"' && line[i + 1] === '"') (v += '"'), (i += 2);
            else if (line[i] === '"') break;
            else v += line[i++];
          }
          cells.push(v);
          i += 2;
        } else {
          const end = line.indexOf(',', i);
          cells.push(line.slice(i, end < 0 ? line.length : end));
          i = end < 0 ? line.length + 1 : end + 1;
        }
      }
      return cells;
    };
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s) && !/^[=+\-@\t]/.test(s)), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = toCsv([cells], cells.map((_, i) => ({ header: `c${i}`, value: (r: string[]) => r[i] })));
        const lines = csv.split('\r\n');
        expect(read(lines[1]!)).toEqual(cells);
      }),
    );
  });
});

describe('evidence highlighting', () => {
  it('marks whole words only, longest names first', () => {
    const text = 'Korea Utara dan Korea Selatan; Korut bukan Korutan.';
    const marked = highlightRanges(text, ['Korea Utara', 'Korea', 'Korut']).map((r) => text.slice(r.start, r.end));
    expect(marked).toEqual(['Korea Utara', 'Korea', 'Korut']);
  });
  it('returns disjoint ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), (text, terms) => {
        const ranges = highlightRanges(text, terms);
        ranges.forEach((r, i) => {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(r.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
        });
      }),
    );
  });
});

describe('fact table sorting', () => {
  const claim = (id: string, subjectName: string, count?: number): ClaimView =>
    ({ id, subjectName, objectName: 'Russia', predicate: 'SENDS_TROOPS_TO', modality: 'asserted', count, subject: 's', object: 'o', article: 'a', confidence: 0.5, evidence: '', start: 0, end: 0, articleOutlet: null, articleTitle: null, articlePublishedAt: null, articleSource: '' }) as ClaimView;
  const rows = [claim('1', 'b', 1500), claim('2', 'a'), claim('3', 'c', 12000)];
  const countColumn = FACT_COLUMNS.findIndex((c) => c.header === 'count');
  it('sorts numbers as numbers, blanks last, both ways', () => {
    expect(sortClaims(rows, countColumn, false).map((c) => c.id)).toEqual(['1', '3', '2']);
    expect(sortClaims(rows, countColumn, true).map((c) => c.id)).toEqual(['3', '1', '2']);
    expect(sortClaims(rows, 0, false).map((c) => c.subjectName)).toEqual(['a', 'b', 'c']);
  });
});
