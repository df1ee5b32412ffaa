// Who says so: reporting cues of a sentence ("X mengatakan …", "…, kata X",
// "menurut X", "dikutip dari X") and speakers carried across quotations.
import { clauseSubject } from './args';
import { isFiller, isQuote, matchAny, type SentenceView, type Slot } from './view';

export type CueKind = 'verb' | 'prepositional' | 'postposed' | 'outlet';

export interface AttributionCue {
  kind: CueKind;
  /** token index of the cue word */
  at: number;
  /** entity id of the source; null for a pronoun (ujarnya) or an unnamed source */
  speaker: string | null;
  /** "lanjutnya", "ujarnya": the speaker is the one last named */
  pronoun: boolean;
}

/** The source named right after a cue: the person of a title run ("kata Sekretaris Jenderal PBB Antonio Guterres") else the first entity. */
function speakerAfter(v: SentenceView, from: number): string | null {
  const found: Slot[] = [];
  for (let i = from, skipped = 0; i < v.lower.length && skipped <= 4; i++) {
    const slot = v.slotAt[i];
    if (slot) {
      found.push(slot);
      i = slot.tokenEnd - 1;
      continue;
    }
    if (found.length > 0 && v.lower[i] !== '(' && v.lower[i] !== ')') break;
    if (!isFiller(v, i) && v.lower[i] !== '(' && v.lower[i] !== ')' && v.lower[i] !== 'dari') break;
    skipped++;
  }
  if (found.length === 0) return null;
  const person = found.find((s) => s.types[0] === 'Person');
  return (person ?? found[0]).entityIds[0];
}

function speakerOfVerb(v: SentenceView, at: number): string | null {
  const subj = clauseSubject(v, at);
  if (!subj) return null;
  const last = subj.slots[subj.slots.length - 1];
  return last.entityIds[0];
}

/** All attribution cues of a sentence, in token order. */
export function sentenceCues(v: SentenceView): AttributionCue[] {
  const a = v.lex.attribution;
  const out: AttributionCue[] = [];
  for (let i = 0; i < v.lower.length; i++) {
    if (v.slotAt[i]) continue;
    const w = v.lower[i];
    const outletLen = matchAny(v, i, a.outlet);
    if (outletLen) {
      out.push({ kind: 'outlet', at: i, speaker: speakerAfter(v, i + outletLen), pronoun: false });
      i += outletLen - 1;
      continue;
    }
    const prepLen = matchAny(v, i, a.prepositional);
    if (prepLen) {
      const speaker = speakerAfter(v, i + prepLen);
      if (speaker) out.push({ kind: 'prepositional', at: i, speaker, pronoun: false });
      i += prepLen - 1;
      continue;
    }
    const prev = v.lower[i - 1] ?? '';
    const afterPause = i === 0 || prev === ',' || isQuote(v, i - 1);
    if (afterPause && a.postposed.has(w)) {
      out.push({ kind: 'postposed', at: i, speaker: speakerAfter(v, i + 1), pronoun: false });
      continue;
    }
    if (afterPause && w.endsWith('nya') && a.postposed.has(w.slice(0, -3))) {
      out.push({ kind: 'postposed', at: i, speaker: null, pronoun: true });
      continue;
    }
    const m = v.morph[i];
    if (a.verbRoots.has(m.root) && a.verbVoices.has(m.voice)) {
      const speaker = speakerOfVerb(v, i);
      if (speaker) out.push({ kind: 'verb', at: i, speaker, pronoun: false });
    }
  }
  return out;
}

/** The source nearest the claim at `trigger`: a preceding reporting verb or "menurut X",
 * else a postposed "kata X", else a relaying outlet. */
export function pickAttribution(cues: AttributionCue[], trigger: number, lastSpeaker: string | null): string | null {
  let best: AttributionCue | null = null;
  for (const c of cues) {
    if ((c.kind === 'verb' || c.kind === 'prepositional') && c.at < trigger && c.speaker) {
      if (!best || c.at > best.at) best = c;
    }
  }
  if (best) return best.speaker;
  const post = cues.find((c) => c.kind === 'postposed' && (c.speaker || (c.pronoun && lastSpeaker)));
  if (post) return post.speaker ?? lastSpeaker;
  const prep = cues.find((c) => c.kind === 'prepositional' && c.speaker);
  if (prep) return prep.speaker;
  const outlet = cues.find((c) => c.kind === 'outlet' && c.speaker);
  return outlet?.speaker ?? null;
}

/** Does the sentence open, continue or close a direct quotation? */
export function quoteState(text: string, start: number, end: number, openBefore: boolean): { inside: boolean; openAfter: boolean } {
  let open = openBefore;
  const s = text.slice(start, end);
  const firstIsQuote = /^["“]/.test(s);
  for (const ch of s) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return { inside: openBefore || firstIsQuote, openAfter: open };
}

/**
 * Speakers across sentences: "ujarnya" names the last speaker; a quotation whose
 * speaker comes only at its end ("…," kata X) is attributed back to its first
 * sentence; a quoted paragraph right after a quoted speaker continues that speaker.
 */
export class SpeakerTracker {
  private quoteOpen = false;
  private inside = false;
  private newParagraph = false;
  private lastSpeaker: string | null = null;
  private paragraphQuoteSpeaker: string | null = null;
  private readonly pending: Array<{ attributedTo?: string }> = [];
  private sentenceText = '';

  constructor(
    private readonly text: string,
    /** the id when it is an entity of the document, else undefined */
    private readonly known: (id: string | null) => string | undefined,
  ) {}

  enter(sentence: { start: number; end: number; text: string }, newParagraph: boolean): void {
    const q = quoteState(this.text, sentence.start, sentence.end, this.quoteOpen);
    this.quoteOpen = q.openAfter;
    this.inside = q.inside;
    this.newParagraph = newParagraph;
    this.sentenceText = sentence.text;
  }

  speakerFor(cues: AttributionCue[], at: number): string | null {
    const s = pickAttribution(cues, at, this.lastSpeaker);
    if (s) return s;
    if (this.inside && this.newParagraph && this.paragraphQuoteSpeaker) return this.paragraphQuoteSpeaker;
    return null;
  }

  leave(cues: AttributionCue[], facts: Array<{ attributedTo?: string }>): void {
    const closing = cues.find((c) => c.kind === 'postposed' && (c.speaker || c.pronoun));
    const closingSpeaker = closing ? (closing.speaker ?? this.lastSpeaker) : null;
    const quoted = this.inside || /^["“]/.test(this.sentenceText);
    if (quoted) {
      const id = this.known(closingSpeaker);
      if (id) {
        for (const f of this.pending) if (!f.attributedTo) f.attributedTo = id;
        this.pending.length = 0;
      } else if (!closing) this.pending.push(...facts);
    } else this.pending.length = 0;
    const named = cues.find((c) => c.speaker && (c.kind === 'postposed' || c.kind === 'verb' || c.kind === 'prepositional'));
    if (named?.speaker) this.lastSpeaker = named.speaker;
    if (closingSpeaker && quoted) this.paragraphQuoteSpeaker = closingSpeaker;
    else if (this.newParagraph && !this.inside) this.paragraphQuoteSpeaker = null;
  }
}
