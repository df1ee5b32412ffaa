// Titles and positions (resources/gazetteer/titles.json): "Menteri Luar Negeri"
// → Foreign Minister. Used to recognise people after a title and, by the fact
// stage, for HOLDS_POSITION roles.
import { formTokens, tokenKey } from './normalize';
import { EntityDataError, readGazetteerJson, requiredString, stringList } from './resources';

export interface TitleEntry {
  /** forms as written in the data file */
  forms: string[];
  /** each form tokenised and lower-cased, for matching against Token.lower */
  formTokens: string[][];
  /** English role, e.g. "Foreign Minister" */
  role: string;
  /** government | diplomatic | military | legislature | international | … */
  kind: string;
}

const FILE = 'titles.json';
let cached: TitleEntry[] | undefined;

/** Parse the titles data; exported for tests of malformed input. */
export function parseTitles(data: unknown, file = FILE): TitleEntry[] {
  const titles = (data as { titles?: unknown })?.titles;
  if (!Array.isArray(titles)) throw new EntityDataError('GAZETTEER_INVALID', 'titles must be an array', file);
  return titles.map((t: Record<string, unknown>, i: number) => {
    const forms = stringList(t?.forms, file, `titles[${i}].forms`);
    return {
      forms,
      formTokens: forms.map((f) => formTokens(f).map(tokenKey)),
      role: requiredString(t?.role, file, `titles[${i}].role`),
      kind: requiredString(t?.kind, file, `titles[${i}].kind`),
    };
  });
}

/** All titles, forms pre-tokenised and lower-cased. Loaded once. */
export function loadTitles(): TitleEntry[] {
  cached ??= parseTitles(readGazetteerJson(FILE));
  return cached;
}
