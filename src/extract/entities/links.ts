// Document-level linking after each sentence's mentions are chosen: partial
// names to full names, and acronyms defined in the text to their entity.
import { acronymDefinitions } from './acronyms';
import type { EntityRegistry, SentenceState } from './candidates';
import { subParts } from './gazetteer';
import { tokenKey } from './normalize';
import { PRIORITY } from './scan';
import { isCapitalised } from './subtokens';
import { nameStopwords, organisationHeads } from './wordlists';

/** Does a body's name open with an Indonesian head word ("Badan …")? */
const indonesianName = (name: string | undefined): boolean =>
  name !== undefined && organisationHeads().has(name.split(' ')[0]);

/**
 * "Marcos", "Retno", "Kim": a lone part of a person's full name named in the
 * document is that person (of several, the one introduced first).
 */
export function linkPartialNames(state: SentenceState[], reg: EntityRegistry): void {
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
    // the person introduced first is the story's protagonist: "Kim Jong Un …
    // bersama putrinya, Kim Ju Ae. Kim menyebut …" is the leader
    const byFirst = [...fits].sort((a, b) => a[1].first - b[1].first);
    return (byFirst.find(([, p]) => p.first <= at) ?? byFirst[0])[0];
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
export function linkAcronyms(state: SentenceState[], reg: EntityRegistry): void {
  const defs = new Map<string, string>();
  state.forEach(({ subs, accepted }, si) => {
    for (const d of acronymDefinitions(subs, accepted)) {
      if (defs.has(d.acronym)) continue;
      let id = d.entityId;
      if (d.run) {
        // an unknown body: its acronym is the name English news uses too
        id = reg.fresh('Organization', d.acronym).id;
        const [a, b] = d.run;
        // a place word inside the body's name is no mention of the place
        for (let k = accepted.length - 1; k >= 0; k--) {
          const c = accepted[k];
          if (c.type === 'Location' && c.subStart >= a && c.subEnd <= b) accepted.splice(k, 1);
        }
        accepted.push({
          sentence: si,
          subStart: a,
          subEnd: b,
          start: subs[a].start,
          end: subs[b - 1].end,
          entityId: id,
          type: 'Organization',
          source: 'acronym',
          priority: PRIORITY.acronym,
          ...(d.partOf ? { partOf: d.partOf } : {}),
        });
      } else if (!reg.isKnown(id) && reg.byId.get(id)?.type === 'Organization' && indonesianName(reg.byId.get(id)?.name)) {
        // a body the tagger found under its Indonesian name: name it by the acronym
        const renamed = reg.fresh('Organization', d.acronym).id;
        for (const st of state) for (const c of st.accepted) if (c.entityId === id) c.entityId = renamed;
        id = renamed;
      }
      defs.set(d.acronym, id);
    }
    accepted.sort((x, y) => x.start - y.start);
  });
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
