// From chosen candidates to the contract: EntityMention and ExtractedEntity.
import type { EntityMention, ExtractedEntity } from '../types';
import type { Candidate, EntityRegistry } from './candidates';
import type { Sub } from './subtokens';

export function toMention(text: string, sentence: number, subs: Sub[], c: Candidate): EntityMention {
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

/** Output entities in order of first mention; aliases = forms seen + known forms. */
export function buildEntities(text: string, named: EntityMention[], reg: EntityRegistry): ExtractedEntity[] {
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
