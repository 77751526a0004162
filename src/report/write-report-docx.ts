import { formatInteger } from '../text/swedish-number.js';
import { displayKronor, splitPlaceholders, type CellValue, type ReportBlock, type ReportDocument, type ReportTable, type TableColumn } from './report-document.js';

type Docx = typeof import('docx');
type DocxChild = import('docx').Paragraph | import('docx').Table;

/** A cell's text as the Word table shows it (kronor rounded where the table says so). */
export function cellText(value: CellValue, column: TableColumn, table: Pick<ReportTable, 'roundKronor'>): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  return formatInteger(column.format === 'kronor' ? displayKronor(value, table) : value);
}

function runs(docx: Docx, text: string, style: { italics?: boolean; size?: number; bold?: boolean } = {}): import('docx').TextRun[] {
  return splitPlaceholders(text).map((part) =>
    new docx.TextRun({ text: part.text, ...style, ...(part.placeholder ? { highlight: 'yellow', bold: true } : {}) }));
}

function tableOf(docx: Docx, table: ReportTable): DocxChild[] {
  const border = { style: docx.BorderStyle.SINGLE, size: 4, color: '999999' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, column: TableColumn, header: boolean): import('docx').TableCell =>
    new docx.TableCell({
      borders,
      ...(header ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'DCE6F2' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new docx.Paragraph({
        alignment: column.format === 'text' ? docx.AlignmentType.LEFT : docx.AlignmentType.RIGHT,
        children: [new docx.TextRun({ text, bold: header, size: 20 })],
      })],
    });
  const header = new docx.TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column.header, column, true)) });
  const rows = table.rows.map((row) => new docx.TableRow({ children: table.columns.map((column, index) => cell(cellText(row[index] ?? null, column, table), column, false)) }));
  return [
    new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_3, children: [new docx.TextRun(table.title)] }),
    new docx.Table({ width: { size: 100, type: docx.WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new docx.Paragraph({ children: [] }),
  ];
}

const HEADINGS = { 1: 'HEADING_1', 2: 'HEADING_2', 3: 'HEADING_3' } as const;

function blockToDocx(docx: Docx, block: ReportBlock): DocxChild[] {
  switch (block.kind) {
    case 'title':
      return [
        new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: [new docx.TextRun(block.text)] }),
        new docx.Paragraph({ children: runs(docx, block.subtitle, { italics: true, size: 20 }), spacing: { after: 240 } }),
      ];
    case 'heading':
      return [new docx.Paragraph({ heading: docx.HeadingLevel[HEADINGS[block.level]], children: [new docx.TextRun(block.text)] })];
    case 'paragraph':
      return [new docx.Paragraph({ children: runs(docx, block.text), spacing: { after: 160 } })];
    case 'list':
      return block.items.map((item) => new docx.Paragraph({ bullet: { level: 0 }, children: runs(docx, item) }));
    case 'placeholder':
      return [new docx.Paragraph({ children: runs(docx, block.text), spacing: { after: 160 } })];
    case 'suggestion':
      return [
        new docx.Paragraph({ children: [new docx.TextRun({ text: block.label, bold: true, italics: true, color: '7F6000', size: 20 })] }),
        new docx.Paragraph({
          shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' },
          children: runs(docx, block.text, { italics: true }), spacing: { after: 160 },
        }),
      ];
    case 'note':
      return [new docx.Paragraph({
        shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'FCE4D6' },
        children: [new docx.TextRun({ text: 'Anteckning för handläggaren: ', bold: true, size: 18 }), ...runs(docx, block.text, { size: 18 })],
        spacing: { after: 120 },
      })];
    case 'source':
      return [new docx.Paragraph({ children: [new docx.TextRun({ text: block.text, size: 16, color: '555555' })] })];
    case 'table':
      return tableOf(docx, block);
    case 'chart': {
      const widthPt = 450;
      return [
        new docx.Paragraph({
          alignment: docx.AlignmentType.CENTER,
          children: [new docx.ImageRun({
            type: 'png', data: block.png, altText: { title: block.title, description: block.caption, name: block.title },
            transformation: { width: widthPt, height: Math.round((widthPt * block.heightPx) / block.widthPx) },
          })],
        }),
        new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ text: block.caption, italics: true, size: 16 })], spacing: { after: 200 } }),
      ];
    }
  }
}

/** The report as a Word document (bytes). The `docx` package is imported only here. */
export async function reportDocxBuffer(document: ReportDocument): Promise<Buffer> {
  const docx = await import('docx');
  const children = document.blocks.flatMap((block) => blockToDocx(docx, block));
  const file = new docx.Document({
    creator: 'Malmö stad – assistent för internationellt arbete',
    title: document.title,
    description: 'Utkast: siffror och tabeller beräknade ur datan',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return docx.Packer.toBuffer(file);
}
