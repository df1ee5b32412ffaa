/** Every failure of the NER component carries a stable `code` and, for input files, where. */
export type NerErrorCode =
  | 'NER_CORPUS_FORMAT'
  | 'NER_UNKNOWN_TAG'
  | 'NER_CORPUS_MISSING'
  | 'NER_MODEL_MISSING'
  | 'NER_MODEL_INVALID'
  | 'NER_BAD_ARGUMENT';

export class NerError extends Error {
  readonly code: NerErrorCode;
  readonly file?: string;
  readonly line?: number;

  constructor(code: NerErrorCode, message: string, where?: { file?: string; line?: number }) {
    const at = where?.file ? `${where.file}${where.line !== undefined ? `:${where.line}` : ''}: ` : '';
    super(`${code}: ${at}${message}`);
    this.name = 'NerError';
    this.code = code;
    this.file = where?.file;
    this.line = where?.line;
  }
}
