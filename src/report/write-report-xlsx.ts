import type { ProjectSummary } from '../tools/project-query.js';
import type { ReportDocument, ReportTable } from './report-document.js';

type Workbook = import('exceljs').Workbook;

const KRONOR_FORMAT = '#,##0" kr"';
const INTEGER_FORMAT = '#,##0';

function addTableSheet(workbook: Workbook, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
  sheet.addRow([table.title]).font = { bold: true, size: 12 };
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
  for (const row of table.rows) sheet.addRow(row);
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.format === 'text' ? 48 : 20;
    if (column.format !== 'text') sheetColumn.numFmt = column.format === 'kronor' ? KRONOR_FORMAT : INTEGER_FORMAT;
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

function addProjectSheet(workbook: Workbook, year: number, projects: readonly ProjectSummary[]): void {
  const sheet = workbook.addWorksheet('Projekt');
  sheet.addRow([`Projekten bakom tabellerna ${year} (ett deltagande per rad)`]).font = { bold: true, size: 12 };
  const header = sheet.addRow(['Projekt', 'Program', 'Programfamilj', 'Nämnd', 'Förvaltning', 'Roll', 'Utbetalt (kr)', 'KF-mål', 'Start', 'Slut']);
  header.font = { bold: true };
  for (const project of projects) {
    for (const participation of project.forvaltningar) {
      sheet.addRow([
        project.name, project.programme, project.family, participation.namndName, participation.forvaltning, participation.role,
        participation.paidKr, project.kfGoals.join(', '), project.start ?? '', project.end ?? '',
      ]);
    }
  }
  const widths = [44, 30, 14, 36, 40, 14, 16, 10, 12, 12];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(7).numFmt = KRONOR_FORMAT;
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: widths.length } };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

/** The report's tables as real numbers with formats, one sheet per table, plus the project list. */
export async function reportXlsxBuffer(document: ReportDocument, projects: readonly ProjectSummary[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Malmö stad – assistent för internationellt arbete';
  workbook.title = document.title;
  for (const block of document.blocks) if (block.kind === 'table') addTableSheet(workbook, block);
  addProjectSheet(workbook, document.year, projects);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
