// Validation of extracted documents against the output contract
// (resources/schema/extracted-document.schema.json, ajv) plus the rules a
// schema cannot say: facts point to entities of the same document, offsets
// are ordered, and (when the text is at hand) slice back to their text.
import Ajv, { type ErrorObject } from 'ajv';
import { loadResource } from '../resources';
import type { ExtractedDocument } from './types';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(loadResource<object>('schema/extracted-document.schema.json'));

export type ContractResult = { ok: true; doc: ExtractedDocument } | { ok: false; errors: string[] };

function describe(e: ErrorObject): string {
  const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(document)';
  const extra = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')})` : '';
  return `${at}: ${e.message}${extra}`;
}

/** Checks a parsed JSON value; `text` (the article) enables the offset checks. */
export function validateDocument(value: unknown, text?: string): ContractResult {
  if (!validateSchema(value)) return { ok: false, errors: (validateSchema.errors ?? []).map(describe) };
  const doc = value as unknown as ExtractedDocument;
  const errors: string[] = [];
  const ids = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (ids.has(e.id)) errors.push(`entities.${i}.id: duplicate entity id ${e.id}`);
    ids.add(e.id);
    e.mentions.forEach((m, j) => checkSpan(`entities.${i}.mentions.${j}`, m, text, errors));
  });
  doc.facts.forEach((f, i) => {
    for (const field of ['subject', 'object', 'attributedTo'] as const) {
      const id = f[field];
      if (id !== undefined && !ids.has(id)) errors.push(`facts.${i}.${field}: ${id} is not an entity of this document`);
    }
    checkSpan(`facts.${i}.evidence`, f.evidence, text, errors);
  });
  return errors.length ? { ok: false, errors } : { ok: true, doc };
}

function checkSpan(at: string, s: { start: number; end: number; text: string }, text: string | undefined, errors: string[]): void {
  if (s.end < s.start) errors.push(`${at}: end ${s.end} is before start ${s.start}`);
  else if (s.end - s.start !== s.text.length) errors.push(`${at}: offsets ${s.start}-${s.end} do not fit a text of length ${s.text.length}`);
  else if (text !== undefined && text.slice(s.start, s.end) !== s.text) errors.push(`${at}: text at ${s.start}-${s.end} is not ${JSON.stringify(s.text.slice(0, 40))}`);
}
