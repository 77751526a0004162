/**
 * The bounds a submission file is parsed within (issue 14). Each is a named setting
 * (INGEST_* in src/config/env.ts) with a default far above what a nämnd sends: the real 2024
 * submissions are a few hundred kilobytes with at most a few dozen projects.
 */
export interface IngestLimits {
  /** Largest total uncompressed size of a .docx/.xlsx package (INGEST_MAX_UNCOMPRESSED_MB). */
  maxUncompressedMb: number;
  /** Most entries (files) in a .docx/.xlsx package (INGEST_MAX_ZIP_ENTRIES). */
  maxZipEntries: number;
  /** Highest compression ratio of one entry and of the whole package (INGEST_MAX_COMPRESSION_RATIO). */
  maxCompressionRatio: number;
  /** Deepest element nesting in the package's XML (INGEST_MAX_XML_DEPTH). */
  maxXmlDepth: number;
  /** Most pages of a PDF (INGEST_MAX_PDF_PAGES). */
  maxPdfPages: number;
  /** Most project rows in one submission (INGEST_MAX_ROWS). */
  maxRows: number;
  /** Most characters of text in one submission (INGEST_MAX_TEXT_KB, in thousands of characters). */
  maxTextKb: number;
  /** Longest unbroken word (INGEST_MAX_WORD_CHARS). */
  maxWordChars: number;
  /** Wall-clock time one file may be parsed for (INGEST_PARSE_TIMEOUT_MS). */
  parseTimeoutMs: number;
  /** Heap one file's parse may use (INGEST_PARSE_MEMORY_MB), the worker's maxOldGenerationSizeMb. */
  parseMemoryMb: number;
}

export const DEFAULT_INGEST_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxUncompressedMb: 100,
  maxZipEntries: 2_000,
  maxCompressionRatio: 200,
  maxXmlDepth: 256,
  maxPdfPages: 300,
  maxRows: 2_000,
  maxTextKb: 1_000,
  maxWordChars: 2_000,
  parseTimeoutMs: 60_000,
  parseMemoryMb: 192,
});

/** The defaults with the given settings on top. */
export function resolveIngestLimits(overrides: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...DEFAULT_INGEST_LIMITS };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof IngestLimits, number | undefined]>) if (value !== undefined) limits[key] = value;
  return limits;
}
