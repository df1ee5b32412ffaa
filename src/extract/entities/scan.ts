// Candidate mentions from the tables: gazetteer longest matches and
// compositional organisation names (head + country).
import type { Candidate, EntityRegistry } from './candidates';
import { matchAt, type Gazetteer } from './gazetteer';
import { fillTemplate, type OrgHeads } from './heads';
import type { Sub } from './subtokens';

export const PRIORITY = { compose: 5, gazetteer: 4, acronym: 3, title: 2, ner: 1, coref: 0 } as const;

/** Every gazetteer match in the sentence (overlaps resolved later). */
export function gazetteerCandidates(
  sentence: number,
  subs: Sub[],
  gaz: Gazetteer,
  reg: EntityRegistry,
  stop: Set<string>,
): Candidate[] {
  const keys = subs.map((s) => s.key);
  const texts = subs.map((s) => s.text);
  const out: Candidate[] = [];
  for (let i = 0; i < subs.length; i++) {
    for (const m of matchAt(gaz.root, keys, texts, i)) {
      const hit = m.hits[0];
      if (hit.mode === 'short' && insideLongerName(subs, i, i + m.length, stop)) continue;
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

/**
 * A known body whose name holds its own country ("Badan Intelijen Umum
 * Mesir", "Komando Pasukan AS di Korea") also mentions that country when its
 * English name says so too ("… of Egypt"; not "Palestinian Authority"); a
 * place after "di" inside a name ("Kementerian Kesehatan di Gaza") is a
 * mention too, and so is a known body closing the name ("Dewan Keamanan
 * PBB": part of the UN). Other places inside names ("Radio Free Asia") are not.
 */
export function nestPlaces(cands: Candidate[], subs: Sub[], gaz: Gazetteer): void {
  for (const org of cands) {
    if (org.type !== 'Organization' || org.nested) continue;
    const g = gaz.entities.get(org.entityId);
    const countryId = g?.country ? gaz.countryByCode.get(g.country) : undefined;
    const country = countryId ? gaz.entities.get(countryId) : undefined;
    const nested: Candidate[] = [];
    const inner = country && g?.name.includes(country.name)
      ? cands.find((c) => c.entityId === countryId && c.subStart > org.subStart && c.subEnd <= org.subEnd)
      : undefined;
    if (inner) nested.push(inner);
    // "Dewan Keamanan PBB", "Komite Militer NATO": a known body closing the
    // name is the body this one belongs to
    // (a national body belongs to its country: "TNI AU" is no African Union body)
    const owner = inner || g?.country
      ? undefined
      : cands.find(
          (c) =>
            c.type === 'Organization' &&
            c.subStart > org.subStart &&
            c.subEnd === org.subEnd &&
            c.entityId !== org.entityId,
        );
    if (owner) nested.push(owner);
    const place = cands.find(
      (c) => c.type === 'Location' && c.subStart > org.subStart + 1 && c.subEnd === org.subEnd && subs[c.subStart - 1].key === 'di',
    );
    if (place) nested.push(place);
    if (!nested.length) continue;
    org.nested = nested;
    if (inner) org.partOf = inner.entityId;
    else if (owner) org.partOf = owner.entityId;
  }
}

/** A surname alone ("Anwar") is not the famous person inside "Anwar Usman". */
function insideLongerName(subs: Sub[], i: number, j: number, stop: Set<string>): boolean {
  const nameWord = (s: Sub | undefined): boolean =>
    s !== undefined && /^\p{Lu}\p{Ll}/u.test(s.text) && !stop.has(s.text);
  // the first word of a sentence is capitalised anyway ("Mengapa Putin …")
  const prev = i > 1 && subs[i - 1].tok !== subs[i].tok ? subs[i - 1] : undefined;
  const next = j < subs.length && subs[j].tok !== subs[j - 1].tok ? subs[j] : undefined;
  return nameWord(prev) || nameWord(next);
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
  /** per document: head index → the body it last named with a country */
  lastBody: Map<number, { id: string; partOf: string }>,
  /** the document so far names Indonesia or Indonesian people and bodies */
  indonesianStory = false,
): Candidate[] {
  const keys = subs.map((s) => s.key);
  const texts = subs.map((s) => s.text);
  const out: Candidate[] = [];
  for (let i = 0; i < subs.length; i++) {
    for (const m of matchAt(heads.root, keys, texts, i)) {
      // a common-noun head ("militer", "badan intelijen") names a body only
      // at a clause edge: "pelatihan militer Korea Utara" is training, and a
      // title-case heading ("Keterlibatan Militer Korea Utara") is no body
      const commonHead = !(m.hits.some((h) => /^\p{Lu}/u.test(h.form)) && /^\p{Lu}/u.test(subs[i].text));
      if (commonHead && i > 0 && !heads.lowercaseAfter.has(subs[i - 1].key) && /\p{L}/u.test(subs[i - 1].text)) {
        continue;
      }
      const headIndex = Number(m.hits[0].entityId);
      const country = countryAt(gazCands, i + m.length);
      if (!country) {
        // "Kementerian Pertahanan" alone, after "Kementerian Pertahanan Rusia":
        // the same body again (never a guess when none was named)
        const next = subs[i + m.length]?.text ?? '';
        const bare = !commonHead && /^\p{Lu}/u.test(subs[i].text) && !/^\p{Lu}/u.test(next);
        // the body named before, unless this sentence names Indonesia and not
        // that body's country ("Indonesia melalui Kementerian Luar Negeri")
        // and with nothing named before, in an Indonesian story, Indonesia's own
        const before = bare ? lastBody.get(headIndex) : undefined;
        const ownNamed = before !== undefined && gazCands.some((c) => c.entityId === before.partOf);
        // the one country this sentence names ("Myanmar hanya diwakili oleh
        // pejabat Kementerian Luar Negeri") owns a bare ministry
        const named = [...new Set(gazCands.filter((c) => c.type === 'Country').map((c) => c.entityId))];
        const onlyCountry = named.length === 1 ? gaz.entities.get(named[0])?.country : undefined;
        const earlier = !bare
          ? undefined
          : ownNamed
            ? before
            : onlyCountry
              ? (countryMinistry(gaz, heads, headIndex, reg, onlyCountry) ?? before)
              : before === undefined && indonesianStory
                ? countryMinistry(gaz, heads, headIndex, reg, 'ID')
                : before;
        if (earlier) {
          out.push({
            sentence,
            subStart: i,
            subEnd: i + m.length,
            start: subs[i].start,
            end: subs[i + m.length - 1].end,
            entityId: earlier.id,
            type: 'Organization',
            source: 'gazetteer',
            priority: PRIORITY.acronym,
            partOf: earlier.partOf,
          });
          break;
        }
        continue;
      }
      const g = gaz.entities.get(country.entityId);
      if (!g?.country) continue;
      const head = heads.heads[headIndex];
      const body = resolveBody(gaz, g.country, head.roles, head.template, g);
      if (!body) continue;
      const e = body.known ? reg.known(body.id) : reg.fresh('Organization', body.name);
      lastBody.set(headIndex, { id: e.id, partOf: country.entityId });
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

/**
 * A ministry named bare with its country nearby ("Indonesia melalui
 * Kementerian Luar Negeri …", a story about Indonesian officials) is that
 * country's own ministry.
 */
function countryMinistry(
  gaz: Gazetteer,
  heads: OrgHeads,
  headIndex: number,
  reg: EntityRegistry,
  code: string,
): { id: string; partOf: string } | undefined {
  const head = heads.heads[headIndex];
  if (!head.template?.startsWith('Ministry')) return undefined;
  const id = gaz.countryByCode.get(code);
  const country = id ? gaz.entities.get(id) : undefined;
  if (!id || !country) return undefined;
  const body = resolveBody(gaz, code, head.roles, head.template, country);
  if (!body) return undefined;
  const e = body.known ? reg.known(body.id) : reg.fresh('Organization', body.name);
  return { id: e.id, partOf: id };
}

function resolveBody(
  gaz: Gazetteer,
  code: string,
  roles: string[],
  template: string | null,
  country: { name: string; adjective?: string; article?: string },
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
