import type { CellValue, Worksheet } from 'exceljs';
import { compactKey } from '../text/fold.js';
import type { Notice, Problem } from './problem.js';
import type { RawProjectTable, RawSubmission } from './submission-builder.js';
import { projectColumn } from './submission-builder.js';

/** The sheet names the contract uses, and the spellings accepted for them. */
export const SHEET_NAMES = { details: 'Uppgifter', text: 'Text', projects: 'Projekt' } as const;
const SHEET_ALIASES: Record<keyof typeof SHEET_NAMES, string[]> = {
  details: ['Uppgifter', 'Uppgift', 'Details', 'Info', 'Information'],
  text: ['Text', 'Texter', 'Sections', 'Avsnitt'],
  projects: ['Projekt', 'Projects', 'Project', 'Projektlista'],
};

/** A Projekt row whose name starts with this is the template's example and is skipped. */
export const EXAMPLE_ROW_PREFIX = 'Exempel:';

/** A cell as the text a person sees: dates as YYYY-MM-DD, numbers without grouping, links as their text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ('text' in value && 'hyperlink' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? text.trim() : cellText(text as CellValue);
    }
    if ('error' in value) return String(value.error);
  }
  return String(value).trim();
}

/** An Excel date serial (days since 1899-12-30) in a plausible range (1955–2064) as YYYY-MM-DD, else null. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 20_000 || serial > 60_000) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function rowCells(sheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.getRow(rowNumber);
  const cells: string[] = [];
  for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).value));
  return cells;
}

function findSheet(sheets: Worksheet[], which: keyof typeof SHEET_NAMES): Worksheet | null {
  const wanted = new Set(SHEET_ALIASES[which].map(compactKey));
  return sheets.find((sheet) => wanted.has(compactKey(sheet.name))) ?? null;
}

/** The first row with any text in it, or null. */
function firstFilledRow(sheet: Worksheet, width: number): number | null {
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    if (rowCells(sheet, rowNumber, width).some((cell) => cell !== '')) return rowNumber;
  }
  return null;
}

/**
 * Reads a two-column sheet (Fält/Värde, Rubrik/Text). A header row is recognised by its first cell
 * and skipped; without one, every row is data.
 */
function twoColumnRows(sheet: Worksheet, headerWords: string[]): Array<{ first: string; second: string; rowNumber: number }> {
  const rows: Array<{ first: string; second: string; rowNumber: number }> = [];
  const headerKeys = new Set(headerWords.map(compactKey));
  const start = firstFilledRow(sheet, 2);
  if (start === null) return rows;
  for (let rowNumber = start; rowNumber <= sheet.rowCount; rowNumber++) {
    const [first = '', second = ''] = rowCells(sheet, rowNumber, 2);
    if (rowNumber === start && headerKeys.has(compactKey(first))) continue;
    if (first === '' && second === '') continue;
    rows.push({ first, second, rowNumber });
  }
  return rows;
}

/**
 * Reads an Excel submission: sheets Uppgifter (Fält, Värde), Text (Rubrik, Text) and Projekt
 * (the Markdown table's columns). Locations are "Projekt rad 4" etc. The template's example row
 * (name starting with "Exempel:") is skipped with a notice.
 */
export async function parseExcelSubmission(
  bytes: Uint8Array,
  fileName: string,
  storedPath: string,
): Promise<{ raw: RawSubmission | null; problems: Problem[]; notices: Notice[] }> {
  const problems: Problem[] = [];
  const notices: Notice[] = [];
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    problems.push({ file: fileName, location: null, field: null, found: null, message: `kan inte läsas som Excel-arbetsbok (${(error as Error).message}) — spara om den från Excel som .xlsx` });
    return { raw: null, problems, notices };
  }
  const sheets = workbook.worksheets;
  const detailsSheet = findSheet(sheets, 'details');
  const textSheet = findSheet(sheets, 'text');
  const projectSheet = findSheet(sheets, 'projects');
  if (!detailsSheet) {
    problems.push({ file: fileName, location: null, field: null, found: null, message: `saknar fliken ${SHEET_NAMES.details} (kolumnerna Fält och Värde) — använd mallen från "npm run template"` });
    return { raw: null, problems, notices };
  }

  const header: RawSubmission['header'] = twoColumnRows(detailsSheet, ['Fält', 'Field', 'Uppgift', 'Nyckel']).map((row) => ({
    key: row.first,
    value: row.second,
    location: `${detailsSheet.name} rad ${row.rowNumber}`,
  }));

  const sections: RawSubmission['sections'] = textSheet
    ? twoColumnRows(textSheet, ['Rubrik', 'Heading', 'Avsnitt']).map((row) => ({ heading: row.first, text: row.second }))
    : [];
  if (!textSheet) notices.push({ file: fileName, location: null, field: null, found: null, message: `har ingen flik ${SHEET_NAMES.text} — underlaget får inga textavsnitt` });

  let projectTable: RawProjectTable | null = null;
  if (projectSheet) {
    const width = Math.max(projectSheet.columnCount, 1);
    // The header row is the first row naming three project columns (a title row above it is fine), else the first filled row.
    let headerRow = firstFilledRow(projectSheet, width);
    for (let rowNumber = headerRow ?? 1; headerRow !== null && rowNumber <= Math.min(projectSheet.rowCount, headerRow + 10); rowNumber++) {
      if (rowCells(projectSheet, rowNumber, width).filter((cell) => projectColumn(cell) !== null).length >= 3) {
        headerRow = rowNumber;
        break;
      }
    }
    if (headerRow !== null) {
      const headers = rowCells(projectSheet, headerRow, width);
      while (headers.length > 0 && headers.at(-1) === '') headers.pop();
      if (headers.filter((cell) => projectColumn(cell) !== null).length < 3) {
        problems.push({ file: fileName, location: `${projectSheet.name} rad ${headerRow}`, field: null, found: headers.join(', '), message: 'är ingen rubrikrad för projekt — första raden ska ha kolumnerna Projekt, Program, Roll, … som i mallen' });
      } else {
        const nameColumn = headers.findIndex((cell) => projectColumn(cell) === 'name');
        const dateColumns = headers.flatMap((cell, index) => (['start', 'end'].includes(projectColumn(cell) ?? '') ? [index] : []));
        const rows: RawProjectTable['rows'] = [];
        for (let rowNumber = headerRow + 1; rowNumber <= projectSheet.rowCount; rowNumber++) {
          const cells = rowCells(projectSheet, rowNumber, headers.length);
          if ((cells[nameColumn] ?? '').startsWith(EXAMPLE_ROW_PREFIX)) {
            notices.push({ file: fileName, location: `${projectSheet.name} rad ${rowNumber}`, field: null, found: null, message: 'är mallens exempelrad och hoppades över' });
            continue;
          }
          dateColumns.forEach((column) => {
            const value = projectSheet.getRow(rowNumber).getCell(column + 1).value;
            if (typeof value === 'number') cells[column] = excelSerialDate(value) ?? cells[column] ?? '';
          });
          rows.push({ location: `${projectSheet.name} rad ${rowNumber}`, cells });
        }
        projectTable = { headerLocation: `${projectSheet.name} rad ${headerRow}`, headers, rows };
      }
    }
  } else {
    notices.push({ file: fileName, location: null, field: null, found: null, message: `har ingen flik ${SHEET_NAMES.projects} — underlaget får inga projekt` });
  }
  return { raw: { fileName, storedPath, header, sections, projectTable }, problems, notices };
}
