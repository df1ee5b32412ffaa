// Candidate mentions from the tables: gazetteer longest matches and
// compositional organisation names (head + country).
import type { Candidate, EntityRegistry } from './candidates';
import { matchAt, type Gazetteer } from './gazetteer';
import { fillTemplate, type OrgHeads } from './heads';
import type { Sub } from './subtokens';

export const PRIORITY = { compose: 5, gazetteer: 4, acronym: 3, title: 2, ner: 1, coref: 0 } as const;

/** Every gazetteer match in the sentence (overlaps resolved later). */
export function gazetteerCandidates(sentence: number, subs: Sub[], gaz: Gazetteer, reg: EntityRegistry): Candidate[] {
  const keys = subs.map((s) => s.key);
  const texts = subs.map((s) => s.text);
  const out: Candidate[] = [];
  for (let i = 0; i < subs.length; i++) {
    for (const m of matchAt(gaz.root, keys, texts, i)) {
      const hit = m.hits[0];
      const e = reg.known(hit.entityId);
      const last = subs[i + m.length - 1];
      out.push({
        sentence,
        subStart: i,
        subEnd: i + m.length,
        start: subs[i].start,
        end: last.end,
        entityId: e.id,
        type: e.type,
        source: 'gazetteer',
        priority: PRIORITY.gazetteer,
      });
    }
  }
  return out;
}

/** The longest Country candidate starting at sub-token i, if any. */
function countryAt(cands: Candidate[], i: number): Candidate | undefined {
  return cands
    .filter((c) => c.subStart === i && c.type === 'Country')
    .sort((a, b) => b.subEnd - a.subEnd)[0];
}

/**
 * "Kementerian Pertahanan Rusia", "Badan Intelijen Nasional Korea Selatan",
 * "militer Rusia": a head followed by a country. The body comes from
 * organizations.json (same country and role) or from the head's template.
 */
export function composedCandidates(
  sentence: number,
  subs: Sub[],
  gazCands: Candidate[],
  gaz: Gazetteer,
  heads: OrgHeads,
  reg: EntityRegistry,
): Candidate[] {
  const keys = subs.map((s) => s.key);
  const texts = subs.map((s) => s.text);
  const out: Candidate[] = [];
  for (let i = 0; i < subs.length; i++) {
    for (const m of matchAt(heads.root, keys, texts, i)) {
      // a common-noun head ("militer", "badan intelijen") names a body only
      // at a clause edge: "pelatihan militer Korea Utara" is training, and a
      // title-case heading ("Keterlibatan Militer Korea Utara") is no body
      const commonHead = !/^\p{Lu}/u.test(m.hits[0].form);
      if (commonHead && i > 0 && !heads.lowercaseAfter.has(subs[i - 1].key) && /\p{L}/u.test(subs[i - 1].text)) {
        continue;
      }
      const country = countryAt(gazCands, i + m.length);
      if (!country) continue;
      const g = gaz.entities.get(country.entityId);
      if (!g?.country) continue;
      const head = heads.heads[Number(m.hits[0].entityId)];
      const body = resolveBody(gaz, g.country, head.roles, head.template, g);
      if (!body) continue;
      const e = body.known ? reg.known(body.id) : reg.fresh('Organization', body.name);
      out.push({
        sentence,
        subStart: i,
        subEnd: country.subEnd,
        start: subs[i].start,
        end: country.end,
        entityId: e.id,
        type: 'Organization',
        source: 'gazetteer',
        priority: PRIORITY.compose,
        partOf: country.entityId,
        nested: [country],
      });
      break; // longest head only
    }
  }
  return out;
}

function resolveBody(
  gaz: Gazetteer,
  code: string,
  roles: string[],
  template: string | null,
  country: { name: string; adjective?: string },
): { id: string; name: string; known: boolean } | undefined {
  for (const role of roles) {
    for (const e of gaz.entities.values()) {
      if (e.type === 'Organization' && e.country === code && e.roles?.includes(role)) {
        return { id: e.id, name: e.name, known: true };
      }
    }
  }
  if (template === null) return undefined;
  return { id: '', name: fillTemplate(template, country), known: false };
}
