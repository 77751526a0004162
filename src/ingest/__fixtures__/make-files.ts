import ExcelJS from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildExcelTemplate } from '../excel-template.js';

export interface ExcelContent {
  details: Record<string, string | number>;
  /** Text per heading of the Text sheet (headings not in the template are appended). */
  sections?: Record<string, string>;
  /** Project rows, from row 3 (row 2 is the template's example row). */
  projects?: Array<Array<string | number>>;
}

/** The template from buildExcelTemplate, filled in the way a förvaltning would. */
export async function fillTemplate(content: ExcelContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildExcelTemplate()) as unknown as ArrayBuffer);
  const details = workbook.getWorksheet('Uppgifter');
  const text = workbook.getWorksheet('Text');
  const projects = workbook.getWorksheet('Projekt');
  if (!details || !text || !projects) throw new Error('mallen saknar flikar');
  details.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const value = content.details[String(row.getCell(1).value)];
    if (value !== undefined) row.getCell(2).value = value;
  });
  const sections = { ...(content.sections ?? {}) };
  text.eachRow((row, rowNumber) => {
    const heading = String(row.getCell(1).value);
    if (rowNumber > 1 && sections[heading] !== undefined) {
      row.getCell(2).value = sections[heading];
      delete sections[heading];
    }
  });
  let next = text.rowCount + 1;
  for (const [heading, body] of Object.entries(sections)) {
    text.getRow(next).getCell(1).value = heading;
    text.getRow(next).getCell(2).value = body;
    next++;
  }
  (content.projects ?? []).forEach((cells, index) => {
    const row = projects.getRow(index + 3);
    cells.forEach((value, column) => (row.getCell(column + 1).value = value));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An Excel workbook written from scratch (no template): sheets and rows as given. */
export async function makeWorkbook(sheets: Record<string, Array<Array<string | number | Date>>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells) => sheet.addRow(cells));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface DocumentContent {
  title?: string;
  headerLines: string[];
  sections: Array<{ heading: string; paragraphs: string[] }>;
  /** A project table (header row first), placed after the sections. */
  projectTable?: string[][];
}

/** A Word document like a förvaltning writes: title, "Nämnd: …" lines, headed sections, a project table. */
export async function makeWordDocument(content: DocumentContent): Promise<Buffer> {
  const cell = (text: string): TableCell => new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) });
  const children: Array<Paragraph | Table> = [];
  if (content.title) children.push(new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }));
  for (const line of content.headerLines) children.push(new Paragraph(line));
  for (const section of content.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const paragraph of section.paragraphs) children.push(new Paragraph(paragraph));
  }
  if (content.projectTable) {
    children.push(new Table({ rows: content.projectTable.map((cells) => new TableRow({ children: cells.map(cell) })) }));
  }
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/**
 * A PDF like one printed from a word processor: a large title, header lines, headings in a larger
 * font, body lines, and optionally a project table drawn in columns.
 */
export async function makePdfDocument(content: DocumentContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([842, 1190]);
  let y = 1150;
  const draw = (text: string, size: number, x = 40, useBold = false): void => page.drawText(text, { x, y, size, font: useBold ? bold : font });
  if (content.title) {
    draw(content.title, 20, 40, true);
    y -= 32;
  }
  for (const line of content.headerLines) {
    draw(line, 11);
    y -= 16;
  }
  for (const section of content.sections) {
    y -= 8;
    draw(section.heading, 15, 40, true);
    y -= 22;
    for (const paragraph of section.paragraphs) {
      draw(paragraph, 11);
      y -= 16;
    }
  }
  if (content.projectTable) {
    y -= 10;
    const width = 760 / (content.projectTable[0]?.length ?? 1);
    for (const cells of content.projectTable) {
      cells.forEach((text, column) => page.drawText(text, { x: 40 + column * width, y, size: 8, font }));
      y -= 13;
    }
  }
  return pdf.save();
}
