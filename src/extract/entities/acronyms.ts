// Acronyms defined in the text: "Badan Intelijen Nasional (NIS)",
// "(National Intelligence Service/NIS)". The acronym then names that entity
// for the rest of the document.
import type { Candidate } from './candidates';
import { isAllCaps, type Sub } from './subtokens';
import { organisationHeads } from './wordlists';
import { loadTitles } from './titles';

let titleForms: Set<string> | undefined;
/** Is the acronym a title form of titles.json (KSAU, KSAD)? */
function titleAcronym(acr: string): boolean {
  titleForms ??= new Set(loadTitles().flatMap((t) => t.forms));
  return titleForms.has(acr);
}

export interface AcronymDefinition {
  acronym: string;
  /** the entity defined; '' when the name before is unknown (see `run`) */
  entityId: string;
  /** sub-token range of an unrecognised body name before "(", named by the acronym */
  run?: [number, number];
  /** the country closing that unknown name ("Komando Pusat AS (CENTCOM)") */
  partOf?: string;
}

/** Acronyms inside "( … )" that directly follow a selected mention. */
export function acronymDefinitions(subs: Sub[], accepted: Candidate[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i < subs.length; i++) {
    if (subs[i].text !== '(') continue;
    const close = subs.findIndex((s, k) => k > i && s.text === ')');
    if (close < 0 || close - i > 10) continue;
    const before = accepted.find((c) => c.subEnd === i && c.type !== 'Person');
    if (!before) {
      // "Tentara Pembebasan Nasional Ta'ang (TNLA)": an unknown body, named by its acronym
      const acr = close === i + 2 ? subs[i + 1].text : '';
      const start = bodyNameStart(subs, i, accepted);
      // "Kepala Staf Angkatan Udara (KSAU)" abbreviates a post, not a body
      if (acr && isAllCaps(acr) && acr.length >= 2 && acr.length <= 8 && start !== undefined && !titleAcronym(acr)) {
        out.push({ acronym: acr, entityId: '', run: [start, i] });
      }
      continue;
    }
    // "Komando Pusat AS (CENTCOM)": an unknown body closed by its country is
    // what the acronym names, not the country
    const acr = close === i + 2 ? subs[i + 1].text : '';
    const known = accepted.some((c) => c.subStart === i + 1 && c.source === 'gazetteer');
    if (before.type === 'Country' && acr && !known && isAllCaps(acr) && acr.length >= 2 && acr.length <= 8) {
      const start = bodyNameStart(subs, before.subStart, accepted, true);
      if (start !== undefined) {
        out.push({ acronym: acr, entityId: '', run: [start, i], partOf: before.entityId });
        continue;
      }
    }
    // "Badan Amil Zakat Nasional (Baznas)": one capitalised short form alone
    const only = close === i + 2 ? subs[i + 1].text : '';
    if (only && /^\p{Lu}[\p{L}\d]{1,9}$/u.test(only) && !isAllCaps(only) && before.type === 'Organization') {
      const known = accepted.some((c) => c.subStart === i + 1 && c.source === 'gazetteer');
      if (!known) out.push({ acronym: only, entityId: before.entityId });
      continue;
    }
    for (let k = i + 1; k < close; k++) {
      const t = subs[k].text;
      // an acronym the tables know keeps its meaning ("Amerika Serikat (AS)"
      // after "Departemen Pertahanan" is still the country)
      const known = accepted.some((c) => c.subStart === k && c.subEnd === k + 1 && c.source === 'gazetteer');
      if (!known && t.length >= 2 && t.length <= 8 && isAllCaps(t) && /\p{Lu}.*\p{Lu}/u.test(t)) {
        out.push({ acronym: t, entityId: before.entityId });
      }
    }
  }
  return out;
}

const CONNECTORS = new Set(['dan', 'untuk', 'for', 'of', 'and', 'the', 'de', '&']);

/** Start of a capitalised body name ending at sub-token `end`, opening with an organisation head;
 * `throughPlaces`: the name may hold a place name. */
function bodyNameStart(subs: Sub[], end: number, accepted: Candidate[], throughPlaces = false): number | undefined {
  let i = end;
  while (i > 0) {
    const s = subs[i - 1];
    const cap = /^\p{Lu}/u.test(s.text) && /\p{L}/u.test(s.text);
    const joined = i > 1 && subs[i - 2].tok === s.tok; // inside a hyphenated word
    if (!cap && !joined && !(CONNECTORS.has(s.key) && i < end)) break;
    // a place inside the name ("Komando Pasifik …") may be passed through
    if (accepted.some((c) => c.subStart < i && c.subEnd >= i && !(throughPlaces && c.type === 'Location'))) break;
    i--;
  }
  while (i < end && CONNECTORS.has(subs[i].key)) i++;
  const heads = organisationHeads();
  for (let k = i; k < end - 1; k++) if (heads.has(subs[k].text)) return k;
  return undefined;
}
