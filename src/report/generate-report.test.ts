import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { numbersIn } from '../draft/check-draft.js';
import { formatInteger } from '../text/swedish-number.js';
import { namndById } from '../domain/organisation.js';
import { goalText } from '../domain/goals.js';
import { generateReport, type GeneratedReport } from './generate-report.js';
import { checkReport } from './check-report.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dataset = loadDataset(join(ROOT, 'data'));
const published = JSON.parse(readFileSync(join(ROOT, 'data', '2024', 'published.json'), 'utf8')) as {
  perNamnd: Array<{ namnd: string; projects: number; paidKr: number }>; perFamily: Array<{ family: string; paidKr: number }>; perGoal: Array<{ goal: number; projects: number }>;
};
let report: GeneratedReport;
let text: string;

beforeAll(async () => {
  report = await generateReport({ dataset, year: 2024, xlsx: true });
  const { default: mammoth } = await import('mammoth');
  text = (await mammoth.extractRawText({ buffer: report.docx })).value.replace(/\n+/g, '\n');
}, 60_000);

describe('the generated 2024 report', () => {
  it('has the report\'s sections in its order', () => {
    const headings = ['Sammanfattning', 'Förslag till beslut', 'Ärendet', 'Nämndernas internationella arbete', 'Exempel från förvaltningarnas internationella arbete', 'Stadskontorets bedömning'];
    const positions = headings.map((heading) => text.indexOf(`\n${heading}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
  });

  it('contains every figure of the published figure sentences', () => {
    expect(text).toMatch(/antalet EU-projekt 60, en ökning från 2023 då motsvarande siffra var 54 projekt/);
    expect(text).toMatch(/nio av stadens nämnder deltagit i EU-projekt jämfört med 2023 då åtta nämnder/);
    expect(text).toMatch(/cirka 50,5 miljoner kronor .*för 2023 var cirka 43 miljoner kronor/);
    expect(text).toMatch(/främst från Europeiska socialfonden, därefter från Horisont-programmen, Erasmus\+ samt Interreg-programmen/);
    expect(text).toMatch(/från 70 000 kronor för mindre Erasmus-projekt till 220 000 000 kronor för stora Horisont-projekt/);
  });

  it('contains each row of the three published tables', () => {
    for (const row of published.perGoal) expect(text).toContain(`${row.goal}. ${goalText(row.goal)}\n${row.projects}\n`);
    for (const row of published.perNamnd) expect(text).toContain(`${namndById(row.namnd).namn}\n${row.projects}\n${formatInteger(row.paidKr)}\n`);
    for (const row of published.perFamily) {
      const label = row.family === 'Övriga' ? 'Övriga projekt' : `${row.family}-projekt`;
      expect(text).toMatch(new RegExp(`${label}\\n\\d+\\n[\\d ]+\\n${formatInteger(row.paidKr)}\\n`));
    }
  });

  it('says where the data and the published tables differ (the 633 531 kr gap)', () => {
    expect(text).toMatch(/Anteckning för handläggaren: .*3 044 829 kr i datan men 2 411 298 kr i den publicerade tabellen/);
    expect(text).toMatch(/tabellen per nämnd summerar till 50 468 000 kr och tabellen per program till 49 834 469 kr, en skillnad på 633 531 kr/);
  });

  it('marks the judgements as placeholders and the drafted assessment as a suggestion', () => {
    expect(text).toMatch(/\[Stadskontorets bedömning: skrivs av handläggaren/);
    expect(text).toMatch(/Förslag till text \(utkast skrivet av assistenten/);
    expect(text).toMatch(/Kommunstyrelsen \[datum\]/);
  });

  it('has no figure outside the tool results, the submissions and the published tables', () => {
    expect(report.check.untraced).toEqual([]);
    expect(report.check.checked).toBeGreaterThan(100);
    const allowed = new Set([
      ...report.trace.calls.flatMap((call) => numbersIn(JSON.stringify(call.output).replace(/[",:{}[\]]/g, ' '))),
      ...dataset.years.flatMap((year) => year.submissions.flatMap((submission) => submission.sections.flatMap((section) => numbersIn(section.text)))),
      ...numbersIn(readFileSync(join(ROOT, 'data', '2024', 'published.json'), 'utf8').replace(/[",:{}[\]]/g, ' ')),
    ]);
    const body = text.split('Källor till exemplen')[0] ?? '';
    const tail = (text.split('Källor till exemplen')[1] ?? '').split('\n').filter((line) => !/^\d+\. 20\d\d\/underlag\//.test(line)).join('\n');
    const millions = (value: string): boolean => [...allowed].some((figure) => (Math.round(Number(figure) / 100_000) / 10).toString() === value);
    const unknown = `${body}\n${tail}`.split('\n').flatMap((line) => numbersIn(line)).filter((figure) => !allowed.has(figure) && !millions(figure) && !allowed.has(String(Number(figure) / 1000 * 1000)));
    expect(unknown).toEqual([]);
  });

  it('the check catches a figure typed into the document', () => {
    const blocks = [...report.document.blocks, { kind: 'paragraph' as const, text: 'Under året deltog 4711 personer.' }];
    const check = checkReport({ ...report.document, blocks }, report.trace.calls, dataset, report.exempel.drafts.map((draft) => draft.paragraph));
    expect(check.untraced.map((entry) => entry.figure)).toEqual(['4711']);
  });

  it('has the charts as PNG images and the tables as Word tables', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(report.docx);
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(images).toHaveLength(3);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('the Excel workbook holds the tables as numbers with formats, and the project list', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.xlsx! as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['KF-mål', 'Per nämnd', 'Per program', 'Projekt']);
    const perNamnd = workbook.getWorksheet('Per nämnd')!;
    expect(perNamnd.getCell('C3').value).toBe(25_660_000);
    expect(perNamnd.getCell('C3').numFmt).toMatch(/kr/);
    const projects = workbook.getWorksheet('Projekt')!;
    expect(projects.rowCount - 2).toBe(63);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
describe.skipIf(!soffice)('the generated report in LibreOffice', () => {
  it('converts to PDF without repair, with several pages and the tables as columns', () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
    try {
      const file = join(folder, 'rapport.docx');
      writeFileSync(file, report.docx);
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, file], { stdio: 'pipe', timeout: 120_000 });
      const pdf = join(folder, 'rapport.pdf');
      expect(existsSync(pdf)).toBe(true);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(20);
      const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(layout).toMatch(/Miljönämnden\s{3,}25\s{3,}10 404 000/);
      expect(layout).toMatch(/Övriga projekt\s{3,}19\s{3,}3 044 829\s{3,}2 411 298\s{3,}633 531/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
if (!soffice) console.warn('LibreOffice (soffice) saknas: PDF-kontrollen av redovisningen hoppas över. Installera libreoffice-writer-nogui och poppler-utils.');
