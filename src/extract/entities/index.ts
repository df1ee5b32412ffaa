// Entity stage: tables (gazetteers, compositional names, titles) first, the
// NER tagger for names the tables do not know, then metonymy, acronyms,
// surname linking and pronoun coreference within the document.
import type { DocumentContext, EntityMention, EntityResult, ExtractedEntity } from '../types';
import { acronymDefinitions } from './acronyms';
import { EntityRegistry, type Candidate } from './candidates';
import { findAnaphors, resolveAnaphors, type Anaphor } from './coref';
import { loadGazetteer, subParts, type Gazetteer } from './gazetteer';
import { loadOrgHeads } from './heads';
import { tokenKey } from './normalize';
import { englishName } from './patterns';
import { titleCandidates } from './people';
import { isPlaceUse, metonymyWords, type MetonymyWords } from './metonymy';
import { PRIORITY, composedCandidates, gazetteerCandidates, nestPlaces } from './scan';
import { hasLetter, isCapitalised, subTokens, type Sub } from './subtokens';
import { nerCandidates } from './tagger';
import { loadTitles } from './titles';
import { nameStopwords } from './wordlists';

export { loadTitles, type TitleEntry } from './titles';
export { loadGazetteer } from './gazetteer';

interface SentenceState {
  subs: Sub[];
  accepted: Candidate[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Longest first, then by source priority; greedy, no overlaps. */
function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Surface text of a name, whitespace normalised. */
const nameText = (text: string, c: { start: number; end: number }): string =>
  text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();

export function recognizeEntities(doc: DocumentContext): EntityResult {
  const gaz = loadGazetteer();
  const heads = loadOrgHeads();
  const headForms = new Set(heads.heads.flatMap((h) => h.forms.map((f) => f.toLowerCase())));
  const titles = loadTitles();
  const stop = nameStopwords();
  const places = metonymyWords();
  const reg = new EntityRegistry(gaz);
  const state: SentenceState[] = [];
  const lastBody = new Map<number, { id: string; partOf: string }>();
  // has the story so far named Indonesia or its people and bodies?
  let indonesianStory = false;

  doc.sentences.forEach((sent, si) => {
    const subs = subTokens(sent.tokens);
    const g = gazetteerCandidates(si, subs, gaz, reg, stop).filter(
      (c) => !(c.type === 'Country' && c.subStart > 0 && places.currencyBefore.has(subs[c.subStart - 1].key)),
    );
    nestPlaces(g, subs, gaz);
    const comp = composedCandidates(si, subs, g, gaz, heads, reg, lastBody, indonesianStory);
    const tables = [...comp, ...g];
    const tagged = nerCandidates(si, sent, subs, stop);
    const nerPersons = tagged.filter((n) => n.type === 'Person');
    const titled = titleCandidates(si, subs, tables, { titles, stop, nerPersons });
    const ner = tagged.filter(
      (n) =>
        !tables.some((t) => overlaps(t, n)) &&
        !titled.some((t) => overlaps(t, n)) &&
        // "Kementerian Pertahanan" with no country is a generic reference
        !(n.type !== 'Person' && headForms.has(nameText(doc.text, n).toLowerCase())),
    );
    const accepted = select([...tables, ...titled, ...ner]);
    for (const c of accepted) {
      if (c.entityId) continue;
      const surface = nameText(doc.text, c);
      const english = c.type === 'Person' ? undefined : englishName(surface);
      if (english) c.type = english.type;
      c.entityId = reg.fresh(c.type, english?.name ?? surface).id;
    }
    applyMetonymy(accepted, subs, gaz, reg, places);
    // a known person named after a title keeps the title's role
    for (const t of titled) {
      const p = accepted.find((a) => a.type === 'Person' && a.start === t.start && a.end === t.end);
      if (p && (!p.role || p === t)) {
        p.role = t.role;
        // "Presiden Prabowo": a known person's title is of their own country
        const own = gaz.entities.get(p.entityId)?.country;
        // the named country/body as resolved after metonymy ("ajudan Kremlin" → Russia)
        const named = t.roleOfAt === undefined ? undefined : accepted.find((a) => a.start === t.roleOfAt)?.entityId;
        const roleOf = named ?? t.roleOf ?? (own ? gaz.countryByCode.get(own) : undefined);
        if (roleOf) p.roleOf = roleOf;
      }
    }
    indonesianStory ||= accepted.some((c) => c.entityId === 'country:ID' || gaz.entities.get(c.entityId)?.country === 'ID');
    state.push({ subs, accepted });
  });

  linkPartialNames(state, reg);
  linkAcronyms(state, reg);

  const named: EntityMention[] = [];
  state.forEach(({ subs, accepted }, si) => {
    for (const c of accepted) {
      named.push(toMention(doc.text, si, subs, c));
      for (const n of c.nested ?? []) named.push(toMention(doc.text, si, subs, n));
    }
  });
  named.sort((a, b) => a.start - b.start || a.end - b.end);

  const anaphors: Anaphor[] = state.flatMap(({ subs, accepted }, si) =>
    findAnaphors(si, subs).filter((a) => !accepted.some((c) => overlaps(c, a))),
  );
  const corefs = resolveAnaphors(anaphors, named, doc.sentences, doc.text);
  const mentions = [...named, ...corefs].sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: buildEntities(doc.text, named, reg), mentions };
}

function toMention(text: string, sentence: number, subs: Sub[], c: Candidate): EntityMention {
  return {
    sentence,
    tokenStart: subs[c.subStart].tok,
    tokenEnd: subs[c.subEnd - 1].tok + 1,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    entityId: c.entityId,
    type: c.type,
    source: c.source,
    ...(c.role ? { role: c.role } : {}),
    ...(c.roleOf ? { roleOf: c.roleOf } : {}),
    ...(c.partOf ? { partOf: c.partOf } : {}),
  };
}

/**
 * A capital or seat of government ("Pyongyang", "Kremlin") is its country
 * when it acts, and the place after a place word ("tiba di Pyongyang").
 */
function applyMetonymy(
  accepted: Candidate[],
  subs: Sub[],
  gaz: Gazetteer,
  reg: EntityRegistry,
  words: MetonymyWords,
): void {
  for (const c of accepted) {
    const seat = gaz.entities.get(c.entityId)?.seat;
    if (!seat) continue;
    const before = subs.slice(Math.max(0, c.subStart - 3), c.subStart).map((s) => s.key).reverse();
    if (isPlaceUse(before, words)) continue;
    // an address between commas: "di Kantor Kemhan, Jakarta, Kamis (29/8)"
    const prevMention = accepted.find((p) => p.subEnd === c.subStart - 1);
    const next = subs[c.subEnd]?.text ?? '.';
    const address = before[0] === ',' && /^[,.;)]$/.test(next);
    if (address && prevMention && (prevMention.type === 'Organization' || prevMention.type === 'Location')) continue;
    c.entityId = reg.known(seat).id;
    c.type = 'Country';
  }
}

/**
 * "Lee", "Shoigu", "Kim": a lone part of a person's full name named in the
 * document is that person (the nearest one introduced before, else the first).
 */
function linkPartialNames(state: SentenceState[], reg: EntityRegistry): void {
  const persons = new Map<string, { parts: string[]; first: number }>();
  for (const { accepted } of state) {
    for (const c of accepted) {
      if (c.type !== 'Person') continue;
      const e = reg.byId.get(c.entityId);
      if (!e) continue;
      const p = persons.get(e.id);
      if (!p) persons.set(e.id, { parts: subParts(e.name).map(tokenKey), first: c.start });
    }
  }
  const full = [...persons.entries()].filter(([, p]) => p.parts.length >= 2);
  const anyPart = new Set(full.flatMap(([, p]) => p.parts));
  const owner = (parts: string[], at: number): string | undefined => {
    const fits = full.filter(([, p]) => p.parts.length > parts.length && parts.every((x) => p.parts.includes(x)));
    if (!fits.length) return undefined;
    const earlier = fits.filter(([, p]) => p.first <= at).sort((a, b) => b[1].first - a[1].first);
    return (earlier[0] ?? fits.sort((a, b) => a[1].first - b[1].first)[0])[0];
  };
  const stop = nameStopwords();
  state.forEach(({ subs, accepted }, si) => {
    // partial names the tagger or a title found on their own
    for (const c of accepted) {
      if (c.type !== 'Person') continue;
      const p = persons.get(c.entityId);
      if (!p || p.parts.length >= 2 && full.every(([id]) => id !== c.entityId)) continue;
      const to = owner(p.parts, c.start);
      if (to && to !== c.entityId) c.entityId = to;
    }
    // partial names nothing found yet
    for (let i = 0; i < subs.length; i++) {
      const s = subs[i];
      const whole = (i === 0 || subs[i - 1].tok !== s.tok) && (i + 1 === subs.length || subs[i + 1].tok !== s.tok);
      if (!anyPart.has(s.key) || !whole || s.text.length < 3 || !isCapitalised(s.text) || stop.has(s.text)) continue;
      if (accepted.some((c) => c.start < s.end && s.start < c.end)) continue;
      const to = owner([s.key], s.start);
      if (!to) continue;
      accepted.push({
        sentence: si,
        subStart: i,
        subEnd: i + 1,
        start: s.start,
        end: s.end,
        entityId: to,
        type: 'Person',
        source: 'coref',
        priority: PRIORITY.coref,
      });
    }
    accepted.sort((a, b) => a.start - b.start);
  });
}

/** Acronyms defined in parentheses name their entity everywhere in the document. */
function linkAcronyms(state: SentenceState[], reg: EntityRegistry): void {
  const defs = new Map<string, string>();
  for (const { subs, accepted } of state) {
    for (const d of acronymDefinitions(subs, accepted)) if (!defs.has(d.acronym)) defs.set(d.acronym, d.entityId);
  }
  if (!defs.size) return;
  state.forEach(({ subs, accepted }, si) => {
    for (let i = 0; i < subs.length; i++) {
      const to = defs.get(subs[i].text);
      if (!to) continue;
      const at = accepted.find((c) => c.start <= subs[i].start && subs[i].end <= c.end);
      if (at) {
        // the text's own definition beats a table acronym of another body
        if (at.subStart === i && at.subEnd === i + 1 && at.entityId !== to && at.source !== 'gazetteer') {
          at.entityId = to;
          at.type = reg.byId.get(to)?.type ?? at.type;
          at.source = 'acronym';
        }
        continue;
      }
      const e = reg.byId.get(to);
      if (!e) continue;
      accepted.push({
        sentence: si,
        subStart: i,
        subEnd: i + 1,
        start: subs[i].start,
        end: subs[i].end,
        entityId: to,
        type: e.type,
        source: 'acronym',
        priority: PRIORITY.acronym,
      });
    }
    accepted.sort((a, b) => a.start - b.start);
  });
}

/** Output entities in order of first mention; aliases = forms seen + known forms. */
function buildEntities(text: string, named: EntityMention[], reg: EntityRegistry): ExtractedEntity[] {
  const byId = new Map<string, EntityMention[]>();
  for (const m of named) {
    const list = byId.get(m.entityId);
    if (list) list.push(m);
    else byId.set(m.entityId, [m]);
  }
  const out: ExtractedEntity[] = [];
  for (const [id, ms] of byId) {
    const e = reg.byId.get(id);
    if (!e) continue;
    const seen = new Set<string>();
    const mentions = ms.filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const aliases = [...new Set([...mentions.map((m) => m.text.replace(/\s+/g, ' ')), ...e.known])].filter(
      (a) => a !== e.name,
    );
    out.push({
      id,
      name: e.name,
      type: e.type,
      aliases,
      mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    });
  }
  return out;
}
