// Text normalisation shared by the gazetteers and the id scheme.
import { tokenize } from '../tokenize';

/** Strip accents (NFD + drop combining marks). */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
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
  return foldAccents(text).toLowerCase().replace(/[’`]/g, "'");
}

/** The token texts of a gazetteer form, tokenised the same way as articles. */
export function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.text);
}
