import fc from 'fast-check';
import { dayNumber, isoDate, parseIsoDate, weekdayNames, weekdayNumber, weekdayOf } from '../../../src/ingest/calendar';
import { findTimeExpressions } from '../../../src/extract/time';

const find = (text: string, articleDate: string | null) =>
  findTimeExpressions(text, 0, text.length, articleDate).map((t) => [t.text, t.value]);

describe('findTimeExpressions', () => {
  const cases: [string, string | null, [string, string][]][] = [
    ['Menlu bertemu mitranya pada Kamis (26/6).', '2025-06-27', [['Kamis (26/6)', '2025-06-26']]],
    ['dikutip dari AFP, Sabtu (19/10/2024).', null, [['Sabtu (19/10/2024)', '2024-10-19']]],
    ['ia berangkat Senin (28/10/2024) kemarin', '2024-10-29', [['Senin (28/10/2024) kemarin', '2024-10-28']]],
    ['Pada tanggal 23 Oktober 2024, pasukan tiba.', null, [['tanggal 23 Oktober 2024', '2024-10-23']]],
    ['kapal berlayar pada tanggal 8 hingga 13 Oktober.', '2024-10-19', [['tanggal 8 hingga 13 Oktober', '2024-10-08']]],
    ['pasukan dikirim pada Juli atau Agustus mendatang', '2025-06-27', [['Juli atau Agustus mendatang', '2025-07']]],
    ['Juni lalu, Putin ke Pyongyang.', '2024-10-19', [['Juni lalu', '2024-06']]],
    ['Desember lalu, kapal China masuk ZEE.', '2025-02-10', [['Desember lalu', '2024-12']]],
    ['KTT digelar Maret mendatang', '2024-11-05', [['Maret mendatang', '2025-03']]],
    ['pada pertengahan Juni lalu', '2025-06-27', [['pertengahan Juni lalu', '2025-06']]],
    ['dikirim paling cepat bulan depan', '2024-12-20', [['bulan depan', '2025-01']]],
    ['bulan ini dan awal bulan ini', '2024-10-19', [['bulan ini', '2024-10'], ['awal bulan ini', '2024-10']]],
    ['serangan tahun lalu dan rencana tahun depan', '2024-10-19', [['tahun lalu', '2023'], ['tahun depan', '2025']]],
    ['bantuan mengalir sejak Agustus lalu', '2024-10-19', [['Agustus lalu', '2024-08']]],
    ['Rusia menginvasi Ukraina pada bulan Februari 2022.', null, [['bulan Februari 2022', '2022-02']]],
    ['sejak invasi pada tahun 2022', null, [['tahun 2022', '2022']]],
    ['Pada hari Rabu, AS mengumumkan sanksi.', '2024-10-25', [['hari Rabu', '2024-10-23']]],
    ['Rabu lalu ia tiba.', '2024-10-23', [['Rabu lalu', '2024-10-16']]],
    ['Ia tiba kemarin dan bertemu Presiden hari ini.', '2024-03-01', [['kemarin', '2024-02-29'], ['hari ini', '2024-03-01']]],
    ['pertemuan pada April berlangsung alot', '2025-06-26', [['April', '2025-04']]],
    ['ASEAN Summit on October 10, 2024 in Vientiane', null, [['October 10, 2024', '2024-10-10']]],
    ['perang pecah dua tahun lalu dan tiga bulan yang lalu', '2024-02-15', [['dua tahun lalu', '2022'], ['tiga bulan yang lalu', '2023-11']]],
    ['ia ditangkap 3 hari lalu, sebulan lalu, setahun silam', '2024-03-02', [['3 hari lalu', '2024-02-28'], ['sebulan lalu', '2024-02'], ['setahun silam', '2023']]],
    ['China held drills last year and plans more next month', '2024-12-05', [['last year', '2023'], ['next month', '2025-01']]],
  ];
  test.each(cases)('%s (%s)', (text, date, expected) => {
    expect(find(text, date)).toEqual(expected);
  });

  test('negatives: counts, scores, lower-case "minggu lalu" (last week), salat Jumat, words that are not dates', () => {
    expect(find('Israel menahan 2022 warga; skor 2/1; minggu lalu; salat Jumat; Mei Ling tiba', '2024-10-10')).toEqual([]);
    expect(find('sebanyak 12.000 tentara dan 1.500 pasukan', '2024-10-10')).toEqual([]);
  });

  test('without an article date only self-contained dates are returned', () => {
    expect(find('Kamis (26/6) dan Juni lalu dan kemarin, lalu 5 Mei 2023', null)).toEqual([['5 Mei 2023', '2023-05-05']]);
  });

  test('kind says how the value was obtained', () => {
    const text = 'Kamis (24/10), (25/10), 26 Oktober, 27 Oktober 2024, (28/10/2024), Oktober 2024, tahun 2024, kemarin, bulan lalu';
    expect(findTimeExpressions(text, 0, text.length, '2024-10-30').map((t) => t.kind)).toEqual([
      'weekday-date', 'day-month', 'day-month', 'date', 'date', 'month', 'year', 'relative-day', 'relative-period',
    ]);
  });

  test('invalid dates are not returned as dates (the month of "30 Februari 2024" still is a month)', () => {
    expect(find('pada (31/2/2024) dan 30 Februari 2024', null)).toEqual([['Februari 2024', '2024-02']]);
  });

  test('offsets of a sub-range point into the whole text', () => {
    const text = 'Abaikan. Serangan terjadi Jumat (18/10).';
    const [t] = findTimeExpressions(text, 9, text.length, '2024-10-19');
    expect(text.slice(t.start, t.end)).toBe('Jumat (18/10)');
    expect(t.value).toBe('2024-10-18');
  });

  const dateArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  test('property: a weekday with day/month resolves to that weekday, nearest the article date, at most half a year after it', () => {
    const names = weekdayNames().filter((w) => /^[a-z]+$/.test(w) && !['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'ahad'].includes(w));
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...names), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (article, wd, month, day) => {
        const name = wd[0].toUpperCase() + wd.slice(1);
        const text = `Pertemuan digelar ${name} (${day}/${month}).`;
        const found = findTimeExpressions(text, 0, text.length, article);
        expect(found).toHaveLength(1);
        const date = parseIsoDate(found[0].value)!;
        const a = parseIsoDate(article)!;
        expect(weekdayOf(date)).toBe(weekdayNumber(wd));
        expect([date.m, date.d]).toEqual([month, day]);
        expect(dayNumber(date) - dayNumber(a)).toBeLessThanOrEqual(183);
        // no other year within reach is closer
        for (let y = a.y - 28; y <= a.y + 1; y++) {
          const other = { y, m: month, d: day };
          if (weekdayOf(other) !== weekdayOf(date) || y === date.y) continue;
          const off = dayNumber(other) - dayNumber(a);
          if (off <= 183) expect(Math.abs(off)).toBeGreaterThanOrEqual(Math.abs(dayNumber(date) - dayNumber(a)));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: "pada hari X" is that weekday, on or before the article date, less than a week back', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'), (article, wd) => {
        const text = `Ia tiba pada hari ${wd}.`;
        const [t] = findTimeExpressions(text, 0, text.length, article);
        const date = parseIsoDate(t.value)!;
        const back = dayNumber(parseIsoDate(article)!) - dayNumber(date);
        expect(weekdayOf(date)).toBe(weekdayNumber(wd));
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThan(7);
      }),
      { numRuns: 300 },
    );
  });

  test('property: "X lalu" is never after the article month, "X mendatang" never before it', () => {
    const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 11 }), (article, m) => {
        const past = findTimeExpressions(`${months[m]} lalu`, 0, 99, article)[0].value;
        const future = findTimeExpressions(`${months[m]} mendatang`, 0, 99, article)[0].value;
        const articleMonth = article.slice(0, 7);
        expect(past <= articleMonth).toBe(true);
        expect(future >= articleMonth).toBe(true);
        expect(Number(past.slice(5))).toBe(m + 1);
        expect(Number(future.slice(5))).toBe(m + 1);
      }),
      { numRuns: 300 },
    );
  });

  test('property: never throws, offsets slice back, results do not overlap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.option(dateArb, { nil: null }), (text, article) => {
        const found = findTimeExpressions(text, 0, text.length, article);
        let last = 0;
        for (const t of found) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('calendar: isoDate and parseIsoDate round-trip', () => {
    fc.assert(fc.property(dateArb, (d) => expect(isoDate(parseIsoDate(d)!)).toBe(d)));
  });
});
