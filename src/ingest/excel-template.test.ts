import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { PROGRAMME_NAMES } from '../domain/programmes.js';
import { buildExcelTemplate, LISTS_SHEET } from './excel-template.js';
import { COLUMN_LABELS } from './submission-builder.js';
import { parseSubmissionFile } from './parse-submission-file.js';

async function loadTemplate(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildExcelTemplate()) as unknown as ArrayBuffer);
  return workbook;
}

describe('buildExcelTemplate', () => {
  test('has the contract sheets with header rows, instructions and a hidden list sheet', async () => {
    const workbook = await loadTemplate();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Instruktioner', 'Uppgifter', 'Text', 'Projekt', LISTS_SHEET]);
    expect(workbook.getWorksheet(LISTS_SHEET)?.state).toBe('hidden');
    const projects = workbook.getWorksheet('Projekt');
    expect((projects?.getRow(1).values as unknown[]).slice(1)).toEqual(Object.values(COLUMN_LABELS));
    expect(String(projects?.getCell('A2').value)).toMatch(/^Exempel: /);
    expect(workbook.getWorksheet('Uppgifter')?.getColumn(1).values.slice(1)).toEqual(['Fält', 'År', 'Nämnd', 'Förvaltning', 'Kontaktperson', 'E-post']);
    expect(workbook.getWorksheet('Text')?.getCell('A2').value).toBe('Internationellt arbete under året');
    const instructions = workbook.getWorksheet('Instruktioner')?.getColumn(1).values.join('\n') ?? '';
    expect(instructions).toMatch(/Projektägare eller Projektpart/);
    expect(instructions).toMatch(/1,2 mnkr/);
  });

  test('Program, Roll and KF-mål have drop-down lists pointing at the list sheet', async () => {
    const workbook = await loadTemplate();
    const projects = workbook.getWorksheet('Projekt');
    const lists = workbook.getWorksheet(LISTS_SHEET);
    const validation = (address: string): ExcelJS.DataValidation | undefined => projects?.getCell(address).dataValidation;
    expect(validation('B50')).toMatchObject({ type: 'list', formulae: [`${LISTS_SHEET}!$A$1:$A$${PROGRAMME_NAMES.length}`] });
    expect(validation('C50')).toMatchObject({ type: 'list', formulae: [`${LISTS_SHEET}!$B$1:$B$2`], errorStyle: 'stop' });
    expect(validation('J50')).toMatchObject({ type: 'list', formulae: [`${LISTS_SHEET}!$C$1:$C$5`] });
    expect(lists?.getColumn(1).values.slice(1)).toEqual(PROGRAMME_NAMES);
    expect(lists?.getColumn(2).values.slice(1)).toEqual(['Projektägare', 'Projektpart']);
  });

  test('the empty template is refused with what is missing, not with a crash', async () => {
    const parsed = await parseSubmissionFile('mall.xlsx', await buildExcelTemplate());
    expect(parsed.submission).toBeNull();
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['år', 'nämnd', 'kontaktperson']);
    expect(parsed.notices.map((notice) => notice.location)).toEqual(['Projekt rad 2']);
  });
});
