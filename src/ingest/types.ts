// Types of the ingest stage: reading article files and cleaning them
// while keeping every offset pointing into the original text.

/** A span of the original text, [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type RemovalReason =
  | 'boilerplate' // ADVERTISEMENT, SCROLL TO CONTINUE…, Perbesar, Halaman: 1 2
  | 'related-link' // Baca juga: …, Next Article …
  | 'video' // Saksikan video…, Video: …
  | 'byline' // Penulis:, Editor:, Reporter:, Sumber:, (Tribunnews.com/Name)
  | 'editor-code' // (isa/bac)
  | 'photo-credit' // Foto: …, (ANTARA/…)
  | 'caption' // repeated captions
  | 'dateline' // "Jakarta, CNBC Indonesia -" prefix; the page's time stamp line
  | 'markup'; // HTML tags, scripts and styles of an HTML page; a byte-order mark (U+FEFF)

export interface Removal extends Span {
  reason: RemovalReason;
}

/** What the ingest stage knows about an article before extraction. */
export interface ArticleMeta {
  /** file name without extension */
  id: string;
  /** path as given by the user */
  source: string;
  /** first line when it reads as a headline, else null */
  title: string | null;
  /** e.g. "CNBC Indonesia", detected from the dateline or bylines */
  outlet: string | null;
  /** the latest full date stated in the text (YYYY-MM-DD), else null */
  publishedAt: string | null;
  language: 'id' | 'en';
  /** sha256 of the decoded text, hex */
  contentHash: string;
}

/** An article after decoding and cleaning. `text` is the ORIGINAL decoded text;
 * `kept` lists the spans that survive cleaning, in order, non-overlapping. */
export interface CleanedArticle {
  meta: ArticleMeta;
  text: string;
  kept: Span[];
  removed: Removal[];
}

/** Errors the ingest stage raises; `code` is stable for scripts and tests. */
export class IngestError extends Error {
  constructor(
    public readonly code:
      | 'READ_FAILED'
      | 'EMPTY'
      | 'BINARY'
      | 'BAD_ENCODING'
      | 'TOO_LARGE'
      | 'NOT_FOUND',
    message: string,
    public readonly file?: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
