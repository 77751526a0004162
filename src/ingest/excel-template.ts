import type { DataValidation, Worksheet } from 'exceljs';
import { PROGRAMME_NAMES } from '../domain/programmes.js';
import { ROLES } from '../domain/project.js';
import { KF_GOALS } from '../domain/goals.js';
import { ORGANISATION } from '../domain/organisation.js';
import { SECTION_FIELDS, SECTION_HEADINGS } from '../domain/submission.js';
import { COLUMN_LABELS, type ProjectField } from './submission-builder.js';
import { EXAMPLE_ROW_PREFIX, SHEET_NAMES } from './parse-excel.js';

/** How many rows of the Projekt sheet get drop-down lists. */
export const TEMPLATE_PROJECT_ROWS = 300;
export const LISTS_SHEET = 'Listor';
export const INSTRUCTIONS_SHEET = 'Instruktioner';

const PROJECT_COLUMNS: ProjectField[] = ['name', 'programme', 'role', 'lead', 'partners', 'start', 'end', 'totalBudgetKr', 'paidKr', 'kfGoals', 'description'];

const COLUMN_WIDTHS: Record<ProjectField, number> = {
  name: 28, programme: 30, role: 14, lead: 32, partners: 48, start: 12, end: 12, totalBudgetKr: 18, paidKr: 22, kfGoals: 10, description: 60,
};

const EXAMPLE_ROW: Record<ProjectField, string | number> = {
  name: `${EXAMPLE_ROW_PREFIX} Perfare`,
  programme: 'Kreativa Europa',
  role: 'Projektpart',
  lead: 'Consorzio Marche Spettacolo (IT)',
  partners: 'Welcome APS (IT); Pro Progressione (HU)',
  start: '2022-10-01',
  end: '2025-06-30',
  totalBudgetKr: 4_200_000,
  paidKr: 210_000,
  kfGoals: '1; 4',
  description: 'Scenkonst i vården. Raden är ett exempel och läses inte in — skriv era projekt på raderna under.',
};

const INSTRUCTIONS = [
  'Underlag för redovisning av internationellt arbete — så fyller du i mallen',
  '',
  '1. Fliken Uppgifter: skriv år, nämnd, förvaltning, kontaktperson och e-post i kolumnen Värde.',
  '2. Fliken Text: skriv en text per rubrik. Fler rubriker går bra — de sparas som de är.',
  '3. Fliken Projekt: en rad per externfinansierat projekt som förvaltningen deltar i.',
  '   • Program, Roll och KF-mål väljs i listan i cellen (program kan också skrivas, t.ex. ESF, Horizon Europe, Interreg ÖKS).',
  '   • Roll: Projektägare eller Projektpart.',
  '   • Belopp i hela kronor: 1 234 567, 1234567 kr eller 1,2 mnkr. Utbetalt under året = EU-medel som betalats ut till förvaltningen under året (0 om inget).',
  '   • Datum skrivs ÅÅÅÅ-MM-DD, t.ex. 2024-03-01.',
  '   • Partners: Organisation (landskod), flera skiljs med semikolon: Skive Kommune (DK); Pro Progressione (HU).',
  `   • KF-mål: ett eller flera av 1–5, flera skiljs med semikolon: 1; 3. ${KF_GOALS.map((goal) => `${goal.number} = ${goal.text}`).join(' · ')}.`,
  `   • Raden som börjar med "${EXAMPLE_ROW_PREFIX}" är ett exempel och läses inte in; ni kan låta den stå eller ta bort den.`,
  '4. Spara som Excel-arbetsbok (.xlsx) och skicka filen till stadskontoret.',
  '',
  'Stadskontoret läser in filen med: npm run ingest -- fil.xlsx. Är något fel i filen får ni veta exakt vilken flik, rad och kolumn.',
];

function listValidation(range: string, prompt: string, strict: boolean): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showInputMessage: true,
    promptTitle: 'Välj i listan',
    prompt,
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'information',
    errorTitle: 'Värdet finns inte i listan',
    error: strict ? 'Välj ett värde i listan.' : 'Värdet finns inte i listan. Klicka OK för att behålla det ändå.',
  };
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * Builds the Excel submission template: Instruktioner, Uppgifter (Fält, Värde), Text (Rubrik,
 * Text) and Projekt (the contract's columns, an example row, drop-down lists for Program, Roll
 * and KF-mål), with the lists on a hidden sheet "Listor".
 */
export async function buildExcelTemplate(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Malmö stad — internationellt arbete';
  workbook.created = new Date(0);

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  instructions.getColumn(1).width = 130;
  INSTRUCTIONS.forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  instructions.getCell(1, 1).font = { bold: true, size: 14 };

  const columnLists: string[][] = [
    PROGRAMME_NAMES,
    [...ROLES],
    KF_GOALS.map((goal) => String(goal.number)),
    ORGANISATION.map((namnd) => namnd.namn),
    ORGANISATION.map((namnd) => namnd.forvaltning),
  ];
  const listRange = (column: number): string => {
    const letter = String.fromCharCode(64 + column);
    return `${LISTS_SHEET}!$${letter}$1:$${letter}$${columnLists[column - 1]?.length ?? 1}`;
  };

  const details = workbook.addWorksheet(SHEET_NAMES.details);
  details.columns = [
    { header: 'Fält', width: 18 },
    { header: 'Värde', width: 45 },
    { header: 'Förklaring', width: 60 },
  ];
  const detailRows: Array<[string, string]> = [
    ['År', 'Redovisningsåret, t.ex. 2025'],
    ['Nämnd', 'Välj i listan, t.ex. Kulturnämnden'],
    ['Förvaltning', 'Välj i listan, t.ex. Kulturförvaltningen'],
    ['Kontaktperson', 'Den som kan svara på frågor om underlaget'],
    ['E-post', 'Kontaktpersonens e-postadress'],
  ];
  detailRows.forEach(([field, help], index) => {
    const row = details.getRow(index + 2);
    row.getCell(1).value = field;
    row.getCell(3).value = help;
    row.getCell(3).font = { italic: true, color: { argb: 'FF666666' } };
  });
  details.getCell('B2').numFmt = '0';
  details.getCell('B3').dataValidation = listValidation(listRange(4), 'Välj nämnd (förkortning går också bra, t.ex. ASN).', false);
  details.getCell('B4').dataValidation = listValidation(listRange(5), 'Välj förvaltning.', false);
  styleHeader(details);

  const text = workbook.addWorksheet(SHEET_NAMES.text);
  text.columns = [
    { header: 'Rubrik', width: 40 },
    { header: 'Text', width: 110 },
  ];
  SECTION_FIELDS.forEach((field, index) => {
    const row = text.getRow(index + 2);
    row.getCell(1).value = SECTION_HEADINGS[field];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  styleHeader(text);

  const projects = workbook.addWorksheet(SHEET_NAMES.projects);
  projects.columns = PROJECT_COLUMNS.map((field) => ({ header: COLUMN_LABELS[field], width: COLUMN_WIDTHS[field] }));
  const example = projects.getRow(2);
  PROJECT_COLUMNS.forEach((field, index) => (example.getCell(index + 1).value = EXAMPLE_ROW[field]));
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const columnOf = (field: ProjectField): number => PROJECT_COLUMNS.indexOf(field) + 1;
  for (let rowNumber = 2; rowNumber <= TEMPLATE_PROJECT_ROWS + 1; rowNumber++) {
    const row = projects.getRow(rowNumber);
    row.getCell(columnOf('programme')).dataValidation = listValidation(listRange(1), 'Välj programmet. Finns det inte: Övriga.', false);
    row.getCell(columnOf('role')).dataValidation = listValidation(listRange(2), 'Projektägare eller Projektpart.', true);
    row.getCell(columnOf('kfGoals')).dataValidation = listValidation(listRange(3), 'KF-mål 1–5. Flera: skriv t.ex. 1; 3.', false);
    for (const field of ['start', 'end', 'kfGoals'] as const) row.getCell(columnOf(field)).numFmt = '@';
    for (const field of ['totalBudgetKr', 'paidKr'] as const) row.getCell(columnOf(field)).numFmt = '#,##0';
  }
  styleHeader(projects);

  const lists = workbook.addWorksheet(LISTS_SHEET);
  columnLists.forEach((values, column) => values.forEach((value, row) => (lists.getCell(row + 1, column + 1).value = value)));
  lists.state = 'hidden';
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
