// Acronyms defined in the text: "Badan Intelijen Nasional (NIS)",
// "(National Intelligence Service/NIS)". The acronym then names that entity
// for the rest of the document.
import type { Candidate } from './candidates';
import { isAllCaps, type Sub } from './subtokens';

export interface AcronymDefinition {
  acronym: string;
  entityId: string;
}

/** Acronyms inside "( … )" that directly follow a selected mention. */
export function acronymDefinitions(subs: Sub[], accepted: Candidate[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 0; i < subs.length; i++) {
    if (subs[i].text !== '(') continue;
    const close = subs.findIndex((s, k) => k > i && s.text === ')');
    if (close < 0 || close - i > 10) continue;
    const before = accepted.find((c) => c.subEnd === i && c.type !== 'Person');
    if (!before) continue;
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
