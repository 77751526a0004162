import { writeFile } from 'node:fs/promises';
import { EXEMPEL_HEADING, sourceLines } from './exempel-section.js';
import type { DraftResult } from './draft-paragraph.js';

/**
 * Writes drafts as a Word document: the "Exempel" heading, one paragraph per förvaltning, then
 * the sources per sentence. The `docx` package is imported only here, when Word output is asked for.
 */
export async function writeDraftsDocx(drafts: DraftResult[], year: number, file: string): Promise<void> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const children = [
    new Paragraph({ text: EXEMPEL_HEADING, heading: HeadingLevel.HEADING_2 }),
    ...drafts.filter((draft) => draft.paragraph !== '').map((draft) => new Paragraph({ children: [new TextRun(draft.paragraph)], spacing: { after: 200 } })),
    new Paragraph({ text: `Källor (utkast ${year}, kontrollera före publicering)`, heading: HeadingLevel.HEADING_3 }),
  ];
  for (const draft of drafts) {
    children.push(new Paragraph({ children: [new TextRun({ text: draft.forvaltning, bold: true })] }));
    for (const line of sourceLines(draft)) children.push(new Paragraph({ children: [new TextRun({ text: line, size: 18 })] }));
    for (const note of [...draft.notes, ...draft.flagged.map((item) => `${item.action === 'removed' ? 'Borttagen' : 'Flaggad'}: "${item.sentence}"`)]) {
      children.push(new Paragraph({ children: [new TextRun({ text: note, italics: true, size: 18 })] }));
    }
  }
  const document = new Document({ creator: 'Malmö stad – assistent för internationellt arbete', title: `${EXEMPEL_HEADING} ${year}`, sections: [{ children }] });
  await writeFile(file, await Packer.toBuffer(document));
}
