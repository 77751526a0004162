import { describe, expect, test } from 'vitest';
import { blocksFromHtml } from './parse-word.js';
import { blocksFromPdfLines, type PdfTextItem } from './parse-pdf.js';
import { rawFromBlocks } from './document-blocks.js';
import { buildSubmission } from './submission-builder.js';
import { parseSubmissionFile } from './parse-submission-file.js';
import { makeWordDocument } from './__fixtures__/make-files.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';

describe('Word HTML to blocks', () => {
  test('headings, paragraphs, list items, entities and table cells with several paragraphs', () => {
    const html =
      '<h1>Internationellt arbete</h1><p>Vi &amp; våra partner<br />reste.</p><ul><li>Eurocities</li><li>ICLEI</li></ul>' +
      '<table><tr><td><p>Projekt</p></td><td><p>Partners</p></td></tr><tr><td><p><strong>Perfare</strong></p></td><td><p>A (IT)</p><p>B (HU)</p></td></tr></table>';
    expect(blocksFromHtml(html)).toEqual([
      { kind: 'heading', text: 'Internationellt arbete', location: 'stycke 1' },
      { kind: 'paragraph', text: 'Vi & våra partner\nreste.', location: 'stycke 2' },
      { kind: 'paragraph', text: '- Eurocities', location: 'stycke 3' },
      { kind: 'paragraph', text: '- ICLEI', location: 'stycke 4' },
      {
        kind: 'table', location: 'tabell 1',
        rows: [{ cells: ['Projekt', 'Partners'], location: 'tabell 1 rad 1' }, { cells: ['Perfare', 'A (IT)\nB (HU)'], location: 'tabell 1 rad 2' }],
      },
    ]);
  });

  test('a Fält/Värde table gives the header; English headings and bold heading paragraphs become sections', async () => {
    const html =
      '<p>Submission 2024</p><table><tr><td><p>Field</p></td><td><p>Value</p></td></tr><tr><td><p>Year</p></td><td><p>2024</p></td></tr>' +
      '<tr><td><p>Förvaltning</p></td><td><p>GYVF</p></td></tr><tr><td><p>Contact person</p></td><td><p>Sara Lind</p></td></tr></table>' +
      '<p><strong>International networks</strong></p><p>EUROCITIES Education.</p>' +
      '<h2>Externally funded projects</h2><table><tr><td><p>Project</p></td><td><p>Programme</p></td><td><p>Role</p></td><td><p>Partners</p></td><td><p>Paid (SEK)</p></td></tr>' +
      '<tr><td><p>VET Mobility</p></td><td><p>Erasmus+</p></td><td><p>Lead</p></td><td><p>Skive Kommune (DK)</p><p>Aalborg (DK)</p></td><td><p>1 234 567 kr</p></td></tr></table>';
    const { raw, notices } = rawFromBlocks(blocksFromHtml(html), 'gyvf.docx', '', 'Word');
    expect(notices).toEqual([]);
    const { submission, problems } = buildSubmission(raw);
    expect(problems).toEqual([]);
    expect(submission).toMatchObject({
      year: 2024, namnd: 'gvn', contact: { name: 'Sara Lind', email: null },
      sections: [{ heading: 'International networks', field: 'natverk', text: 'EUROCITIES Education.' }, { heading: 'Externally funded projects', field: 'projekt', text: '' }],
      projects: [{ name: 'VET Mobility', programme: 'Erasmus+', role: 'Projektägare', partners: [{ organisation: 'Skive Kommune', country: 'DK' }, { organisation: 'Aalborg', country: 'DK' }], paidKr: 1_234_567 }],
    });
  });

  test('a Word problem names the table row, as the issue asks', async () => {
    const bytes = await makeWordDocument({
      headerLines: ['År: 2024', 'Nämnd: Kulturnämnden', 'Kontaktperson: Anna'],
      sections: [],
      projectTable: [['Projekt', 'Program', 'Roll', 'Utbetalt under året (kr)'], ['Perfare', 'Kreativa Europa', 'Projektpart', 'tjugo tusen']],
    });
    const parsed = await parseSubmissionFile('kultur.docx', bytes);
    expect(parsed.problems.map((problem) => [problem.location, problem.field, problem.found])).toEqual([['tabell 1 rad 2', 'Utbetalt under året (kr)', 'tjugo tusen']]);
  });
});

describe('PDF lines to blocks', () => {
  const line = (text: string, y: number, fontSize = 11, x = 40): PdfTextItem => ({ str: text, x, y, width: text.length * 5, fontSize });
  const lines = (items: PdfTextItem[][]) =>
    items.map((lineItems, index) => ({ items: lineItems, text: lineItems.map((item) => item.str).join(' '), fontSize: Math.max(...lineItems.map((item) => item.fontSize)), location: `sida 1 rad ${index + 1}` }));

  test('a pipe table (a Markdown file printed to PDF) is read as the project table; wrapped body lines join', () => {
    const blocks = blocksFromPdfLines(lines([
      [line('År: 2024', 800)],
      [line('Nämnd: MN', 780)],
      [line('Kontaktperson: Eva', 760)],
      [line('Internationellt arbete under året', 730, 15)],
      [line('Vi deltog i två', 710)],
      [line('nätverk.', 695)],
      [line('| Projekt | Program | Roll | Utbetalt under året (kr) |', 670)],
      [line('|---|---|---|---|', 655)],
      [line('| U-Lync | South Baltic | Projektägare | 500 000 |', 640)],
    ]));
    const { raw } = rawFromBlocks(blocks, 'miljo.pdf', '', 'PDF');
    const { submission, problems } = buildSubmission(raw);
    expect(problems).toEqual([]);
    expect(submission?.sections).toEqual([{ heading: 'Internationellt arbete under året', field: 'internationellt-arbete', text: 'Vi deltog i två nätverk.' }]);
    expect(submission?.projects).toMatchObject([{ name: 'U-Lync', programme: 'Interreg Södra Östersjön', paidKr: 500_000 }]);
  });

  test('a column table: cells by column position, a line with an empty first column continues the row above', () => {
    const columns = [40, 200, 360, 520];
    const row = (cells: string[], y: number) => cells.flatMap((text, index) => (text ? [line(text, y, 8, columns[index])] : []));
    const blocks = blocksFromPdfLines(lines([
      row(['Projekt', 'Program', 'Roll', 'Utbetalt (kr)'], 600),
      row(['Clean Air', 'Interreg', 'Projektpart', '10 000'], 587),
      row(['', 'Östersjöregionen', '', ''], 574),
      row(['Green Roofs', 'LIFE', 'Projektägare', '20 000'], 561),
    ]));
    expect(blocks).toEqual([{
      kind: 'table', location: 'sida 1 rad 1',
      rows: [
        { cells: ['Projekt', 'Program', 'Roll', 'Utbetalt (kr)'], location: 'sida 1 rad 1' },
        { cells: ['Clean Air', 'Interreg\nÖstersjöregionen', 'Projektpart', '10 000'], location: 'sida 1 rad 2' },
        { cells: ['Green Roofs', 'LIFE', 'Projektägare', '20 000'], location: 'sida 1 rad 4' },
      ],
    }]);
  });
});

describe('PDF as word processors write it', () => {
  test('every word a separate piece of text: phrases and table cells are rebuilt from positions', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([842, 1190]);
    const words = (text: string, startX: number, y: number, size = 10): void => {
      let x = startX;
      for (const word of text.split(' ')) {
        page.drawText(word, { x, y, size, font });
        x += font.widthOfTextAtSize(`${word} `, size);
      }
    };
    words('År: 2024', 40, 1100);
    words('Nämnd: Miljönämnden', 40, 1085);
    words('Kontaktperson: Eva Ek', 40, 1070);
    words('Internationellt arbete under året', 40, 1040, 14);
    words('Vi deltog i Eurocities.', 40, 1020);
    const columns = [40, 200, 380, 520];
    ['Projekt', 'Program', 'Roll', 'Utbetalt under året (kr)'].forEach((text, index) => words(text, columns[index] ?? 0, 990, 8));
    ['Clean Air Baltic', 'Interreg Baltic Sea Region', 'Projektpart', '1 200 000'].forEach((text, index) => words(text, columns[index] ?? 0, 977, 8));
    const parsed = await parseSubmissionFile('miljo.pdf', await pdf.save());
    expect(parsed.problems).toEqual([]);
    expect(parsed.submission?.contact.name).toBe('Eva Ek');
    expect(parsed.submission?.sections[0]).toEqual({ heading: 'Internationellt arbete under året', field: 'internationellt-arbete', text: 'Vi deltog i Eurocities.' });
    expect(parsed.submission?.projects).toMatchObject([{ name: 'Clean Air Baltic', programme: 'Interreg Östersjöregionen', role: 'Projektpart', paidKr: 1_200_000 }]);
  });
});
