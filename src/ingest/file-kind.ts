import { extname } from 'node:path';
import type { Problem } from './problem.js';

/** The kinds of submission file ingest reads. */
export type SubmissionFileKind = 'markdown' | 'excel' | 'word' | 'pdf';

/** Largest file ingest accepts. */
export const MAX_SUBMISSION_BYTES = 20 * 1024 * 1024;

const KIND_BY_EXTENSION: Record<string, SubmissionFileKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.xlsx': 'excel',
  '.docx': 'word',
  '.pdf': 'pdf',
};

export const ACCEPTED_EXTENSIONS = ['.md', '.xlsx', '.docx', '.pdf'] as const;

const OLD_FORMATS: Record<string, string> = {
  '.xls': 'det gamla Excel-formatet — spara om filen som Excel-arbetsbok (.xlsx)',
  '.doc': 'det gamla Word-formatet — spara om filen som Word-dokument (.docx)',
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The file size check, done before reading the file. */
export function checkFileSize(fileName: string, size: number): Problem | null {
  if (size === 0) return { file: fileName, location: null, field: null, found: null, message: 'är tom (0 byte) — skicka filen igen' };
  if (size > MAX_SUBMISSION_BYTES) {
    const megabytes = (size / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
    return { file: fileName, location: null, field: null, found: null, message: `är ${megabytes} MB — filer får vara högst 20 MB; ta bort bilder eller dela upp den` };
  }
  return null;
}

/**
 * What kind of submission a file is, from its extension, checked against its first bytes:
 * a .docx or .xlsx must be a ZIP package holding a Word document or an Excel workbook, a .pdf must
 * start with "%PDF", a .md must be UTF-8 text. Returns the kind or a problem saying what is wrong.
 */
export function detectFileKind(fileName: string, bytes: Uint8Array): { kind: SubmissionFileKind } | { problem: Problem } {
  const problem = (message: string): { problem: Problem } => ({ problem: { file: fileName, location: null, field: null, found: null, message } });
  const sizeProblem = checkFileSize(fileName, bytes.byteLength);
  if (sizeProblem) return { problem: sizeProblem };
  const extension = extname(fileName).toLowerCase();
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) {
    const old = OLD_FORMATS[extension];
    if (old) return problem(`är ${old}`);
    return problem(`har en filtyp som inte kan läsas (${extension || 'ingen filändelse'}) — godkända filtyper är ${ACCEPTED_EXTENSIONS.join(', ')}`);
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isZip = buffer.subarray(0, 4).equals(ZIP_MAGIC);
  switch (kind) {
    case 'excel':
      if (!isZip) return problem('är ingen Excel-fil (.xlsx) fast den heter så — filens innehåll är något annat; spara om den från Excel');
      if (!buffer.includes('xl/workbook')) return problem('är en ZIP-fil men ingen Excel-arbetsbok — spara om den från Excel som .xlsx');
      return { kind };
    case 'word':
      if (!isZip) return problem('är ingen Word-fil (.docx) fast den heter så — filens innehåll är något annat; spara om den från Word');
      if (!buffer.includes('word/document')) return problem('är en ZIP-fil men inget Word-dokument — spara om den från Word som .docx');
      return { kind };
    case 'pdf': {
      const start = buffer.subarray(0, 1024).toString('latin1').replace(/^\uFEFF/, '').trimStart();
      if (!start.startsWith('%PDF')) return problem('är ingen PDF fast den heter så — filen börjar inte med "%PDF"; spara om den som PDF');
      return { kind };
    }
    case 'markdown': {
      if (isZip || buffer.includes(0)) return problem('är ingen textfil fast den heter .md — den innehåller binära data');
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buffer);
      } catch {
        return problem('är inte sparad som UTF-8 — spara om textfilen med teckenkodning UTF-8');
      }
      return { kind };
    }
  }
}
