// Sentence splitting over the kept spans of a cleaned article.
// - A sentence never crosses a removed span (boilerplate, dateline, credit), except
//   inline HTML markup (<b>, <a>, <span> …) inside a paragraph of an HTML page.
// - A line end always ends a sentence: headlines and subheads have no final period.
// - `.`, `!`, `?`, `…` end a sentence when the next token starts one (a capital,
//   a digit, an opening quote or bracket). Abbreviations and initials keep their
//   period inside the token (see tokenize.ts), so `Dr. Retno` does not split;
//   those that follow what they modify (`Inc.`, `Tbk.`, `dll.`) may end a sentence.
// - Inside a quotation nothing splits: a sentence ending inside a quote ends after
//   the closing quote, and `"…," kata X.` stays one sentence, so the speaker stays
//   with what was said. A quote mark with no partner on the same line is ignored.
import type { Span } from '../ingest/types';
import { isSentenceFinalAbbreviation, tokenize } from './tokenize';
import type { Sentence, Token } from './types';

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set([')', ']', '”', '’', '»', '"', "'"]);
const INLINE_MARKUP_GAP = /^(?:\s|<\/?(?:a|b|i|u|em|strong|span|font|sup|sub|small|abbr|cite|mark|q|s|del|ins)\b[^>]*>)*$/i;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function splitSentences(text: string, kept: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of joinInlineMarkup(text, kept)) {
    const tokens = block.flatMap((span) => tokenize(text, span.start, span.end));
    for (const run of splitAtLineBreaks(text, tokens)) {
      for (const sentenceTokens of splitRun(text, run)) {
        const start = sentenceTokens[0].start;
        const end = sentenceTokens[sentenceTokens.length - 1].end;
        out.push({ index: out.length, start, end, text: text.slice(start, end), tokens: sentenceTokens });
      }
    }
  }
  return out;
}

/** Group kept spans: consecutive spans separated only by inline HTML tags form one block. */
function joinInlineMarkup(text: string, kept: Span[]): Span[][] {
  const blocks: Span[][] = [];
  for (const span of kept) {
    if (span.end <= span.start) continue;
    const last = blocks[blocks.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? text.slice(prev.end, span.start) : '';
    if (prev && gap.includes('<') && INLINE_MARKUP_GAP.test(gap)) last.push(span);
    else blocks.push([span]);
  }
  return blocks;
}

function splitAtLineBreaks(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (current.length > 0) {
      const between = text.slice(tokens[i - 1].end, tokens[i].start);
      if (LINE_BREAK.test(between) && !between.includes('<')) {
        runs.push(current);
        current = [];
      }
    }
    current.push(tokens[i]);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

type QuoteRole = 'open' | 'close' | null;

/** Whether a quote token opens or closes a quotation, from its spacing. */
function quoteRole(text: string, t: Token): QuoteRole {
  if (t.text === '“' || t.text === '«' || t.text === '‘') return 'open';
  if (t.text === '”' || t.text === '»' || t.text === '’') return 'close';
  if (t.text !== '"') return null;
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  const spaceBefore = t.start === 0 || /[\s([{]/u.test(before);
  const spaceAfter = after === '' || /\s/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return null;
}

/** A capital, a digit, a caseless letter or an opening quote/bracket can start a sentence; lower case and `,;:)%-` cannot. */
function startsSentence(t: Token): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'(\[«¿¡*•]/u.test(t.text);
}

/** Split one line's tokens into sentences. */
function splitRun(text: string, tokens: Token[]): Token[][] {
  const roles = tokens.map((t) => quoteRole(text, t));
  // an opening quote counts only when a closing one follows on the same line
  const paired = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] !== 'open') continue;
    for (let j = i + 1; j < tokens.length; j++) {
      if (roles[j] === 'close') {
        paired[i] = paired[j] = true;
        break;
      }
      if (roles[j] === 'open') break;
    }
  }
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let inQuote = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    current.push(t);
    if (paired[i]) {
      if (roles[i] === 'open') inQuote = true;
      else {
        inQuote = false;
        const prev = tokens[i - 1];
        if (prev && TERMINAL.has(prev.text) && tokens[i + 1] && startsSentence(tokens[i + 1])) {
          sentences.push(current);
          current = [];
        }
      }
      continue;
    }
    if (inQuote || !(TERMINAL.has(t.text) || isSentenceFinalAbbreviation(t.text))) continue;
    // absorb closing brackets and quotes that belong to this sentence
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && !(paired[j] && roles[j] === 'open')) {
      if (paired[j]) break;
      current.push(tokens[j]);
      j++;
    }
    const next = tokens[j];
    if (next === undefined || startsSentence(next)) {
      sentences.push(current);
      current = [];
    }
    i = j - 1;
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
