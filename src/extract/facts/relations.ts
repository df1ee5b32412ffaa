// Facts stated by noun-phrase structure rather than by a verb:
// HOLDS_POSITION (title + person apposition), PART_OF (an organisation
// qualified by its country) and LOCATED_IN (a place qualified by its country).
import { loadTitles, type TitleEntry } from '../entities/titles';
import type { EntityType, ExtractedEntity, Predicate } from '../types';
import { memberList } from './args';
import { isFiller, matchAt, type SentenceView, type Slot } from './view';

export interface RelationFact {
  subject: string;
  predicate: Predicate;
  object: string;
  role?: string;
  confidence: number;
  /** token where the relation is stated, for attribution/time */
  at: number;
}

export interface TitleHit {
  title: TitleEntry;
  start: number;
  end: number;
}

/** Title forms indexed by their first token key. */
const titleIndex = new WeakMap<TitleEntry[], Map<string, Array<{ title: TitleEntry; form: string[] }>>>();
function indexTitles(titles: TitleEntry[]): Map<string, Array<{ title: TitleEntry; form: string[] }>> {
  let idx = titleIndex.get(titles);
  if (!idx) {
    idx = new Map();
    for (const t of titles) {
      for (const form of t.formTokens) {
        if (form.length === 0) continue;
        const list = idx.get(form[0]) ?? [];
        list.push({ title: t, form });
        idx.set(form[0], list);
      }
    }
    titleIndex.set(titles, idx);
  }
  return idx;
}

export function titleAt(keys: string[], i: number, titles: TitleEntry[] = loadTitles()): TitleHit | null {
  let best: TitleHit | null = null;
  for (const { title, form } of indexTitles(titles).get(keys[i]) ?? []) {
    if (i + form.length > keys.length) continue;
    let ok = true;
    for (let k = 1; k < form.length && ok; k++) ok = keys[i + k] === form[k];
    if (ok && (!best || form.length > best.end - best.start)) best = { title, start: i, end: i + form.length };
  }
  return best;
}

const isPerson = (s: Slot | undefined): s is Slot => !!s && s.types[0] === 'Person';
const isScope = (s: Slot | undefined): s is Slot => !!s && (s.types[0] === 'Country' || s.types[0] === 'Organization');

function skipParen(v: SentenceView, i: number): number {
  if (v.lower[i] === '(') {
    let j = i;
    while (j < v.lower.length && v.lower[j] !== ')') j++;
    return j + 1;
  }
  return i;
}

export interface PositionContext {
  /** earlier HOLDS_POSITION scope of a person in this document */
  knownScope: Map<string, string>;
  /** the country a known person belongs to (people gazetteer), when that country is in the document */
  homeCountry: (personId: string) => string | undefined;
  /** the latest organisation of the document by its head noun ("kementerian" → its Kementerian …) */
  bodyByHead?: Map<string, string>;
}

/** HOLDS_POSITION from "Title [Scope][,] Person" and "Person, [seorang] Title Scope". */
export function holdsPosition(v: SentenceView, ctx: PositionContext): RelationFact[] {
  const titles = loadTitles();
  const keys = v.keys;
  const out: RelationFact[] = [];
  for (let i = 0; i < v.lower.length; i++) {
    if (v.slotAt[i]) continue;
    const hit = titleAt(keys, i, titles);
    if (!hit) continue;
    // "menteri Jokowi" is Jokowi's minister: a capitalised one-word title written in lower case is no title
    const written = v.sentence.tokens[i].text;
    if (hit.end - hit.start === 1 && written === written.toLowerCase() && hit.title.forms.every((f) => f[0] !== f[0].toLowerCase())) continue;
    // forward: Title Scope? ,? Person
    let j = hit.end;
    if (v.lower[j] === ')') j++;
    // descriptor words between a title and its scope or holder: "Kepala badan intelijen Israel Mossad, X",
    // "juru bicara kementerian X"
    let d = j;
    while (d < j + 3 && !v.slotAt[d] && isFiller(v, d) && !titleAt(keys, d, titles)) d++;
    let anaphoricScope: string | undefined;
    // "juru bicara kementerian itu, X": the holder after a comma
    if (d > j && v.lower[d] === ',') {
      // …with a rank before the name: "juru bicara komando tersebut, Kolonel Senior Shi Yi"
      let r = d + 1;
      for (let n = 0; n < 2 && !v.slotAt[r]; n++) {
        const rank = titleAt(keys, r, titles);
        if (!rank) break;
        r = rank.end;
      }
      const holder = v.slotAt[r];
      if (isPerson(holder) && holder.tokenStart === r) {
        if (r === d + 1) d++;
        else {
          for (let k = j; k < d && !anaphoricScope; k++) anaphoricScope = ctx.bodyByHead?.get(v.lower[k]);
          if (anaphoricScope) {
            out.push(makeHolds(v, holder, undefined, hit, ctx, anaphoricScope));
            i = hit.end - 1;
            continue;
          }
        }
      }
    }
    if (d > j && v.slotAt[d]?.tokenStart === d) {
      // "juru bicara kementerian tersebut, X": the body named earlier with that head noun
      for (let k = j; k < d && !anaphoricScope; k++) anaphoricScope = ctx.bodyByHead?.get(v.lower[k]);
      j = d;
    }
    let scope: Slot | undefined;
    // "Ketua DPR AS X": the title's last word opens the scope's name
    const open = v.slotAt[j];
    if (isScope(open) && open.tokenStart < j && open.tokenStart >= hit.start) {
      scope = open;
      j = skipParen(v, open.tokenEnd);
    } else if (isScope(v.slotAt[j]) && v.slotAt[j]?.tokenStart === j) {
      scope = v.slotAt[j];
      j = skipParen(v, (scope as Slot).tokenEnd);
      // "badan intelijen Israel Mossad": a country, then the named body of it — the body is the post's scope
      const inner = v.slotAt[j];
      if (scope?.types[0] === 'Country' && inner?.tokenStart === j && inner.types[0] === 'Organization' && !inner.coref) {
        out.push({ subject: inner.entityIds[0], predicate: 'PART_OF', object: scope.entityIds[0], confidence: 0.75, at: j });
        scope = inner;
        j = skipParen(v, inner.tokenEnd);
      } else if (scope?.types[0] === 'Organization' && inner?.tokenStart === j && inner.types[0] === 'Country') {
        // "juru bicara Kantor Urusan Taiwan China, X": the body, then its country
        j = skipParen(v, inner.tokenEnd);
      }
    } else if (v.slotAt[j]?.types[0] === 'Location' && v.slotAt[j]?.tokenStart === j) {
      // "Gubernur DKI Jakarta X": a post of a region, outside the ontology's objects
      i = hit.end - 1;
      continue;
    }
    // "Panglima TNI X": a title form that spells out its body
    for (let k = hit.start + 1; k < hit.end && !scope; k++) if (isScope(v.slotAt[k]) && (v.slotAt[k] as Slot).tokenEnd <= hit.end) scope = v.slotAt[k];
    // "Duta Besar Prancis untuk Indonesia X": the country the envoy is sent to
    if (scope && v.lower[j] === 'untuk' && v.slotAt[j + 1]?.tokenStart === j + 1 && v.slotAt[j + 1]?.types[0] !== 'Person') j = skipParen(v, (v.slotAt[j + 1] as Slot).tokenEnd);
    if (v.lower[j] === ',') j++;
    // "Panglima TNI Jenderal X": a rank between the post and the name
    for (let r = 0; r < 2 && scope && !v.slotAt[j]; r++) {
      const rank = titleAt(keys, j, titles);
      if (!rank) break;
      j = rank.end;
    }
    const person = v.slotAt[j];
    if (isPerson(person) && person.tokenStart === j) {
      out.push(makeHolds(v, person, scope, hit, ctx, anaphoricScope));
      i = hit.end - 1;
      continue;
    }
    // backward apposition: Person , (seorang|selaku|sebagai)? Title Scope
    let k = i - 1;
    if (v.lower[k] === 'seorang' || v.lower[k] === 'selaku' || v.lower[k] === 'sebagai' || v.lower[k] === 'yakni') k--;
    if (v.lower[k] === ',') {
      const before = v.slotAt[k - 1];
      const after = v.slotAt[hit.end];
      if (isPerson(before) && isScope(after) && after.tokenStart === hit.end) {
        out.push(makeHolds(v, before, after, hit, ctx));
      }
    }
    i = hit.end - 1;
  }
  return out;
}

/** "junta militer Myanmar yang dipimpin Jenderal X": the person leads the body or country before "yang". */
export function ledBy(v: SentenceView): RelationFact[] {
  const out: RelationFact[] = [];
  for (let i = 2; i < v.lower.length; i++) {
    if (v.lower[i] !== 'dipimpin' || v.lower[i - 1] !== 'yang') continue;
    const led = v.slotAt[i - 2];
    if (!isScope(led) || led.tokenEnd !== i - 1 || led.coref) continue;
    let k = i + 1;
    if (v.lower[k] === 'oleh') k++;
    const hit = titleAt(v.keys, k);
    if (hit) k = hit.end;
    const person = v.slotAt[k];
    if (isPerson(person) && person.tokenStart <= k) {
      out.push({ subject: person.entityIds[0], predicate: 'HOLDS_POSITION', object: led.entityIds[0], role: 'leader', confidence: 0.7, at: i });
    }
  }
  return out;
}

function makeHolds(v: SentenceView, person: Slot, scope: Slot | undefined, hit: TitleHit, ctx: PositionContext, anaphoricScope?: string): RelationFact {
  const personId = person.entityIds[0];
  let object = scope?.entityIds[0] ?? anaphoricScope;
  let confidence = scope ? 0.9 : 0.7;
  if (!object) {
    // "Presiden Vladimir Putin": the post's country is not written; use what the
    // document established, else the person's country from world knowledge
    object = ctx.knownScope.get(personId) ?? ctx.homeCountry(personId);
    confidence = 0.6;
  }
  if (object && scope) ctx.knownScope.set(personId, object);
  return { subject: personId, predicate: 'HOLDS_POSITION', object: object ?? '', role: hit.title.role, confidence, at: hit.start };
}

/** Country aliases of the document's entities, for names that embed their country ("Jawa Barat Indonesia", "Tepi Barat Palestina"). */
export function countryAliases(entities: ExtractedEntity[]): Array<{ id: string; alias: string; type: EntityType }> {
  const out: Array<{ id: string; alias: string; type: EntityType }> = [];
  for (const e of entities) {
    if (e.type !== 'Country' && e.type !== 'Organization') continue;
    for (const a of new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])) {
      if (a.length >= 2) out.push({ id: e.id, alias: a.toLowerCase(), type: e.type });
    }
  }
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

function slotText(v: SentenceView, s: Slot): string {
  const toks = v.sentence.tokens;
  return v.sentence.text.slice(toks[s.tokenStart].start - v.sentence.start, toks[s.tokenEnd - 1].end - v.sentence.start);
}

type Alias = { id: string; alias: string; type: EntityType };

/** The country (or, for an organ, the organisation) a name ends with, when the name is more than that. */
function embeddedCountry(v: SentenceView, s: Slot, aliases: Alias[]): string | null {
  const text = slotText(v, s).toLowerCase();
  const orgsToo = s.types[0] === 'Organization';
  for (const { id, alias, type } of aliases) {
    if (type !== 'Country' && !orgsToo) continue;
    if (text.length > alias.length && text.endsWith(alias) && /[\s(-]/.test(text[text.length - alias.length - 1] ?? '')) {
      return id === s.entityIds[0] ? null : id;
    }
  }
  return null;
}

/** PART_OF and LOCATED_IN from adjacency, apposition, "di" and embedded country names. */
export function partOfAndLocatedIn(
  v: SentenceView,
  aliases: Alias[],
  countryOfOrg: (orgId: string) => string | undefined = () => undefined,
): RelationFact[] {
  const out: RelationFact[] = [];
  // "Badan Intelijen Nasional Korea Selatan": a state body, or an organisation known to belong to
  // that country, qualified by it; not "Sony Music Entertainment Indonesia"
  const stateBodyOrKnown = (org: Slot, next: Slot, stateBody: boolean) =>
    (next.types[0] === 'Country' || next.types[0] === 'Organization') && (stateBody || countryOfOrg(org.entityIds[0]) === next.entityIds[0]);
  const add = (s: Slot, predicate: Predicate, objectId: string, confidence: number) => {
    if (objectId !== s.entityIds[0]) out.push({ subject: s.entityIds[0], predicate, object: objectId, confidence, at: s.tokenStart });
  };
  for (const s of v.slots) {
    if (s.coref) continue;
    const type: EntityType = s.types[0];
    if (type !== 'Organization' && type !== 'Location') continue;
    const predicate: Predicate = type === 'Organization' ? 'PART_OF' : 'LOCATED_IN';
    const water = v.lex.waterHeads.has(v.lower[s.tokenStart] ?? '');
    const stateBody = v.lex.stateBodyHeads.has(v.lower[s.tokenStart] ?? '');
    const j = skipParen(v, s.tokenEnd);
    const next = v.slotAt[j];
    if (type === 'Organization') {
      // "Departemen Pertahanan Amerika Serikat": an organisation directly qualified by a country;
      // that qualifier outranks a country inside the name ("Kantor Urusan Taiwan China")
      const fits = next && stateBodyOrKnown(s, next, stateBody);
      if (next && fits && next.tokenStart === j && !next.coref) {
        add(s, predicate, next.entityIds[0], 0.8);
        continue;
      }
      const embedded = stateBody ? embeddedCountry(v, s, aliases) : null;
      if (embedded) add(s, predicate, embedded, 0.8);
      // "Badan Pangan Dunia PBB (WFP)": the acronym names the organ of the body before it
      const acronym = v.lower[s.tokenEnd] === '(' ? v.slotAt[s.tokenEnd + 1] : undefined;
      if (acronym && acronym.types[0] === 'Organization' && !acronym.coref && acronym.entityIds[0] !== s.entityIds[0] && organRunBefore(v, s.tokenStart)) {
        out.push({ subject: acronym.entityIds[0], predicate, object: s.entityIds[0], confidence: 0.7, at: s.tokenStart });
      }
      continue;
    }
    const embedded = water ? null : embeddedCountry(v, s, aliases);
    if (embedded) add(s, predicate, embedded, 0.8);
    const territory = territoryOf(v, s);
    if (territory) add(s, predicate, territory.entityIds[0], 0.75);
    // Location: "L di X", "L, (wilayah) perbatasan X", "L (perbatasan X)"
    const w = v.lower[s.tokenEnd];
    if (w === 'di' && !NEAR.has(v.lower[s.tokenEnd + 1] ?? '')) {
      const x = placeAfter(v, s.tokenEnd + 1, 1);
      if (x) add(s, predicate, x.entityIds[0], 0.75);
    } else if ((w === ',' || w === '(') && !v.headline) {
      // (a headline's commas join clauses: "Prabowo hadiri KTT di Kuala Lumpur, dorong …")
      const x = placeAfter(v, s.tokenEnd + 1, 4, true);
      if (x && (x.types[0] === 'Country' || x.tokenStart === s.tokenEnd + 1)) {
        const after = v.lower[x.tokenEnd];
        const bareApposition = x.tokenStart === s.tokenEnd + 1;
        // "Rafah, Mesir, dan Qatar" is a list; "Riyadh, Arab Saudi, pada Selasa" an apposition
        const list = after === 'dan' || after === 'serta' || (after === ',' && (v.lower[x.tokenEnd + 1] === 'dan' || !!v.slotAt[x.tokenEnd + 1]));
        if (!bareApposition || !list) add(s, predicate, x.entityIds[0], bareApposition ? 0.6 : 0.75);
      }
    }
  }
  return out;
}

/** "negara sekutu (diplomatik) Taiwan di Pasifik, yakni A, B dan C": each member is an ally of the possessor. */
export function listedAllies(v: SentenceView): RelationFact[] {
  const out: RelationFact[] = [];
  for (let i = 0; i < v.lower.length; i++) {
    if (!v.lex.allyNouns.has(v.lower[i])) continue;
    const members = memberList(v, i);
    if (!members) continue;
    let owner: Slot | undefined;
    for (let k = i + 1; k < members.start && !owner; k++) {
      const s = v.slotAt[k];
      if (s && !s.coref && (s.types[0] === 'Country' || s.types[0] === 'Organization')) owner = s;
    }
    if (!owner) continue;
    for (const m of members.slots) {
      out.push({ subject: m.entityIds[0], predicate: 'ALLIED_WITH', object: owner.entityIds[0], confidence: 0.7, at: i });
    }
    i = members.end - 1;
  }
  return out;
}

/** "wilayah AS Guam": the country between a territory noun and the place. */
export function territoryOf(v: SentenceView, s: Slot): Slot | null {
  const c = v.slotAt[s.tokenStart - 1];
  if (!c || c.coref || c.types[0] !== 'Country' || c.tokenEnd !== s.tokenStart) return null;
  for (const p of v.lex.territoryNouns) if (matchAt(v, c.tokenStart - p.length, p)) return c;
  return null;
}

/** Capitalised name words right before `at` that open with an organ head (Badan, Dewan, Program). */
function organRunBefore(v: SentenceView, at: number): boolean {
  let k = at - 1;
  for (let n = 0; k >= 0 && n < 5 && !v.slotAt[k] && /^\p{Lu}/u.test(v.sentence.tokens[k].text); k--, n++) {
    if (v.lex.stateBodyHeads.has(v.lower[k])) return true;
  }
  return false;
}

/** "di dekat X", "di luar X": next to X, not inside it */
const NEAR = new Set(['dekat', 'sekitar', 'luar', 'seberang', 'perbatasan', 'sebelah']);

function placeAfter(v: SentenceView, i: number, maxSkip: number, allowDi = false): Slot | null {
  for (let skipped = 0; i < v.lower.length && skipped <= maxSkip; i++, skipped++) {
    const s = v.slotAt[i];
    if (s) return !s.coref && (s.types[0] === 'Country' || s.types[0] === 'Location') ? s : null;
    // "Kharkiv, kota terbesar kedua di Ukraina"
    if (allowDi && skipped > 0 && v.lower[i] === 'di') continue;
    if (!isFiller(v, i)) return null;
    // "…, termasuk Raja Yordania": an inclusion or a title opens another phrase
    const t = v.sentence.tokens[i].text;
    if (v.lex.parentheticalOpeners.has(v.lower[i]) || (allowDi && t[0] !== t[0].toLowerCase())) return null;
  }
  return null;
}
