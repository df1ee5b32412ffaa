// Text normalisation shared by the gazetteers and the id scheme.
import { tokenize } from '../tokenize';

/** Strip accents (NFD + drop combining marks). */
export function foldAccents(s: string): string {
  // most tokens are plain ASCII: skip the costly NFD round trip for them
  return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-case ASCII slug: accents stripped, runs of non-alphanumerics → '-'. */
export function slugify(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Matching key of one token: lower case, accents folded, typographic apostrophes unified. */
export function tokenKey(text: string): string {
  // called for every token against every table: memoised (bounded), since
  // the same few thousand word forms recur in every article
  let key = tokenKeyCache.get(text);
  if (key === undefined) {
    key = foldAccents(text).toLowerCase().replace(/[’`]/g, "'");
    if (tokenKeyCache.size >= 200_000) tokenKeyCache.clear();
    tokenKeyCache.set(text, key);
  }
  return key;
}
const tokenKeyCache = new Map<string, string>();

/** The token texts of a gazetteer form, tokenised the same way as articles. */
export function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.text);
}
