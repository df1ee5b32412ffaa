// The one BIO label scheme the tagger speaks, and the mapping from every
// corpus's own tag names onto it.

export const NER_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Fixed label order: index 0 is O, then B-/I- per type. Model files store it. */
export const BIO_LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type BioLabel = (typeof BIO_LABELS)[number];

/** Corpus type names → our type, or null for types we fold into O. */
const TYPE_ALIASES: Readonly<Record<string, NerType | null>> = {
  PER: 'PER',
  PERSON: 'PER',
  PPL: 'PER',
  LOC: 'LOC',
  LOCATION: 'LOC',
  PLACE: 'LOC',
  PLC: 'LOC',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  IND: 'ORG',
  TIME: null,
  QUANTITY: null,
  EVT: null,
  FNB: null,
};

/**
 * Maps one corpus tag (e.g. `B-PERSON`, `I-PLC`, `O`) to our scheme.
 * Returns undefined when the tag is not recognised, so the reader can say
 * where it was.
 */
export function mapCorpusTag(raw: string): BioLabel | undefined {
  if (raw === 'O') return 'O';
  const m = /^([BI])-(.+)$/.exec(raw);
  if (!m) return undefined;
  const type = TYPE_ALIASES[m[2].toUpperCase()];
  if (type === undefined) return undefined;
  if (type === null) return 'O';
  return `${m[1]}-${type}` as BioLabel;
}

export function labelType(label: string): NerType | null {
  return label === 'O' ? null : (label.slice(2) as NerType);
}

/** May `next` follow `prev` in well-formed BIO? (`prev` null = sentence start) */
export function isAllowedTransition(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  if (prev === null || prev === 'O') return false;
  return prev.slice(2) === next.slice(2);
}

/** Repairs ill-formed BIO (an I-X that does not continue an X) into B-X. */
export function repairBio(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    if (!isAllowedTransition(i === 0 ? null : out[i - 1], out[i])) out[i] = 'B-' + out[i].slice(2);
  }
  return out;
}
