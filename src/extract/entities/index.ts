// Entity stage: tables (gazetteers, compositional names, titles) first, the
// NER tagger for names the tables do not know, then metonymy, acronyms,
// surname linking and pronoun coreference within the document.
import type { DocumentContext, EntityMention, EntityResult } from '../types';
import { appositionBodies } from './apposition';
import { EntityRegistry, type Candidate, type SentenceState } from './candidates';
import { findAnaphors, resolveAnaphors, type Anaphor } from './coref';
import { loadGazetteer } from './gazetteer';
import { loadOrgHeads } from './heads';
import { linkAcronyms, linkPartialNames } from './links';
import { applyMetonymy, metonymyWords } from './metonymy';
import { buildEntities, toMention } from './output';
import { classifierOf, englishName } from './patterns';
import { titleCandidates } from './people';
import { composedCandidates, gazetteerCandidates, nestPlaces } from './scan';
import { subTokens } from './subtokens';
import { nerCandidates, productNames } from './tagger';
import { loadTitles } from './titles';
import { nameContinuers, nameStopwords } from './wordlists';

export { loadTitles, type TitleEntry } from './titles';
export { loadGazetteer } from './gazetteer';

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

/** lower-cased head forms ("kementerian pertahanan"), built once per process */
let headFormSet: Set<string> | undefined;

export function recognizeEntities(doc: DocumentContext): EntityResult {
  const gaz = loadGazetteer();
  const heads = loadOrgHeads();
  headFormSet ??= new Set(heads.heads.flatMap((h) => h.forms.map((f) => f.toLowerCase())));
  const headForms = headFormSet;
  const titles = loadTitles();
  const stop = nameStopwords();
  const places = metonymyWords();
  const continuers = nameContinuers();
  const reg = new EntityRegistry(gaz);
  const state: SentenceState[] = [];
  const lastBody = new Map<number, { id: string; partOf: string }>();
  // has the story so far named Indonesia or its people and bodies?
  let indonesianStory = false;

  const products = productNames(doc.sentences);
  doc.sentences.forEach((sent, si) => {
    const subs = subTokens(sent.tokens);
    const g = gazetteerCandidates(si, subs, gaz, reg, stop).filter((c) => {
      const prev = c.subStart > 0 ? subs[c.subStart - 1].key : '';
      // "dolar AS" is a currency, "Jalan Medan Merdeka" a street
      if (c.type === 'Country' && places.currencyBefore.has(prev)) return false;
      // "Universitas Pertahanan Nasional …" is a longer, different name
      if (c.type === 'Organization' && continuers.has(subs[c.subEnd]?.text ?? '')) return false;
      return !((c.type === 'Location' || c.type === 'Country') && places.streetBefore.has(prev));
    });
    nestPlaces(g, subs, gaz);
    const comp = composedCandidates(si, subs, g, gaz, heads, reg, lastBody, indonesianStory);
    const tables = [...comp, ...g];
    const tagged = [...nerCandidates(si, sent, subs, stop, products), ...appositionBodies(si, subs, stop)];
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
    accepted.forEach((c, k) => {
      if (c.entityId) return;
      let surface = nameText(doc.text, c);
      // "Bandara Vnukovo dan Domodedovo": a name coordinated with a place or
      // body is one too, and shares its classifier word
      const prev = k > 0 ? accepted[k - 1] : undefined;
      const between = prev ? doc.text.slice(prev.end, c.start).trim().toLowerCase() : '';
      const classifier = prev && prev.type !== 'Person' ? classifierOf(nameText(doc.text, prev)) : undefined;
      if (prev && classifier && c.source === 'ner' && (between === 'dan' || between === 'serta')) {
        c.type = prev.type;
        surface = `${classifier} ${surface}`;
      }
      const english = c.type === 'Person' ? undefined : englishName(surface);
      if (english) c.type = english.type;
      c.entityId = reg.fresh(c.type, english?.name ?? surface).id;
    });
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
