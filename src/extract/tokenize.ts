// Indonesian-aware tokenizer. Tokens carry offsets into the original text and follow
// the conventions of the Indonesian NER corpora (NER UI, idner-news-2k) the tagger is
// trained on:
// - numbers keep their separators: `1.500`, `12.000`, `3,5`, `09.30`, `2014-2019`;
// - dates are one token without their parentheses: `(` `26/6` `)`, `(` `19/10/2024` `)`;
// - hyphenated and reduplicated words stay whole: `Kim Jong-un`, `Yunus-Bek`, `anak-anak`,
//   `ke-3`, `COVID-19`, `F-16`, `1990-an`; so does a clitic written with a hyphen (`AS-nya`);
// - web names stay whole: `Liputan6.com`, `KONTAN.CO.ID`, URLs and e-mail addresses;
// - abbreviations keep their period (`Dr.`, `Jl.`, `No.`, `dll.`, `a.n.`, `U.S.`) as do
//   single-letter initials (`J.`, `H.`); the list is resources/lexicon/abbreviations.json;
// - every other punctuation mark, quotes included, is its own token (`...` is one).
import { loadResource } from '../resources';
import type { Token } from './types';

const TLD = '(?:co\\.id|go\\.id|or\\.id|ac\\.id|web\\.id|my\\.id|com|net|org|id|co|tv|news|info|io|gov|edu|int|asia|uk|us)';

const TOKEN_RE = new RegExp(
  [
    `https?://[^\\s<>"“”]*[^\\s<>"“”.,;:!?)\\]'’]`, // URL
    `[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+`, // e-mail
    `[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.${TLD}(?![\\p{L}\\p{N}])`, // domain name
    `\\p{N}{1,2}/\\p{N}{1,2}(?:/\\p{N}{2,4})?(?![\\p{N}/])`, // 26/6, 19/10/2024
    `\\p{N}+(?:[.,:]\\p{N}+)+(?:-\\p{N}+(?:[.,:]\\p{N}+)*)?(?:-an)?(?![\\p{L}])`, // 1.500, 3,5, 09.30, 5.000-an
    `Rp\\.?(?=\\p{N})`, // Rp23,5 → Rp 23,5
    `\\p{L}\\.(?:\\p{L}\\.)+`, // a.n., U.S., S.H.
    `(?:US|S|A|HK|NZ)\\$`, // currency signs written with letters: US$
    `(?:[\\p{L}\\p{M}\\p{N}]*\\p{L}[\\p{L}\\p{M}\\p{N}]*|\\p{N}+)(?:[-‐'’][\\p{L}\\p{M}\\p{N}]+)*`, // words
    `\\.{2,}|…`,
    `[^\\s\\p{Cc}\\p{Cf}]`, // any other visible character
  ].join('|'),
  'giu',
);

interface AbbreviationTable {
  abbreviations: string[];
  sentenceFinal: string[];
}
let abbreviationSet: Set<string> | null = null;
let sentenceFinalSet: Set<string> | null = null;
function abbreviations(): Set<string> {
  if (!abbreviationSet) {
    const data = loadResource<AbbreviationTable>('lexicon/abbreviations.json');
    abbreviationSet = new Set(data.abbreviations.map((a) => a.toLowerCase()));
    sentenceFinalSet = new Set(data.sentenceFinal.map((a) => a.toLowerCase()));
  }
  return abbreviationSet;
}

/** An abbreviation token that comes after what it modifies (`Inc.`, `Tbk.`, `dll.`), so its period may also end a sentence. */
export function isSentenceFinalAbbreviation(token: string): boolean {
  abbreviations();
  return token.endsWith('.') && (sentenceFinalSet as Set<string>).has(token.slice(0, -1).toLowerCase());
}

/** True when `word` followed by a period is an abbreviation or an initial, not a sentence end. */
export function takesAbbreviationPeriod(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // initial: J. Robert Oppenheimer, H. Agus Salim
  return abbreviations().has(word.toLowerCase());
}

/** Tokenize text[start, end) keeping offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let s = m.index;
    let e = s + m[0].length;
    if (slice.charCodeAt(e) === 0x2e /* . */ && /^[\p{L}]+$/u.test(m[0]) && slice.charCodeAt(e + 1) !== 0x2e && takesAbbreviationPeriod(m[0])) {
      e += 1;
      TOKEN_RE.lastIndex = e;
    }
    const tokenText = slice.slice(s, e);
    s += from;
    out.push({ text: tokenText, start: s, end: s + tokenText.length, lower: tokenText.toLowerCase() });
  }
  return out;
}
