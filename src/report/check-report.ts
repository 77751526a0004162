import { numbersIn } from '../draft/check-draft.js';
import type { Dataset } from '../domain/dataset.js';
import { cellText } from './write-report-docx.js';
import { splitPlaceholders, type ReportBlock, type ReportDocument } from './report-document.js';
import { millions } from './report-phrases.js';
import { numbersInOutput, type TracedCall } from './tool-trace.js';

export interface UntracedFigure {
  /** The figure as normalised ("50.5", "633531", "9" for "nio"). */
  figure: string;
  /** The text it stands in. */
  text: string;
}

export interface ReportCheck {
  /** Figures looked at. */
  checked: number;
  /** Figures that no tool result (and, in the Exempel, no submission) contains. */
  untraced: UntracedFigure[];
}

/** The forms a tool figure may take in the text: as is, without sign, to the thousand, in millions with one decimal. */
function figureForms(value: number): string[] {
  const forms = [value, Math.abs(value), Math.round(value / 1000) * 1000, Math.round(Math.abs(value) / 1000) * 1000].map(String);
  forms.push(millions(value).replace(',', '.'));
  return forms;
}

/** The text of a block that carries figures, placeholders left out (they hold none). */
function blockTexts(block: ReportBlock): string[] {
  const plain = (text: string): string => splitPlaceholders(text).filter((part) => !part.placeholder).map((part) => part.text).join('');
  switch (block.kind) {
    case 'title': return [block.text, plain(block.subtitle)];
    case 'heading': case 'paragraph': case 'note': return [plain(block.text)];
    case 'placeholder': return [plain(block.text)];
    case 'list': return block.items.map(plain);
    case 'suggestion': return [block.label, plain(block.text)];
    case 'chart': return [block.title, block.caption];
    case 'table': return [block.title, ...block.columns.map((column) => column.header), ...block.rows.map((row) => block.columns.map((column, index) => cellText(row[index] ?? null, column, block)).join(' | '))];
    case 'source': return [];
  }
}

/**
 * Checks the document against the data: every figure in it must be one of the tool results the
 * report was computed from (in one of the forms the report writes it), or — in the Exempel
 * paragraphs — a figure of the year's submissions, which the drafter's own check has traced.
 */
export function checkReport(document: ReportDocument, calls: readonly TracedCall[], dataset: Dataset, exempelParagraphs: readonly string[]): ReportCheck {
  const allowed = new Set<string>();
  for (const call of calls) for (const value of numbersInOutput(call.output)) for (const form of figureForms(value)) allowed.add(form);
  for (const value of numbersInOutput(calls.map((call) => call.args))) allowed.add(String(value));
  const submissions = dataset.years.find((year) => year.year === document.year)?.submissions ?? [];
  const submissionFigures = new Set(submissions.flatMap((submission) => submission.sections.flatMap((section) => numbersIn(section.text))));
  const exempel = new Set(exempelParagraphs);
  const untraced: UntracedFigure[] = [];
  let checked = 0;
  for (const block of document.blocks) {
    const inExempel = block.kind === 'paragraph' && exempel.has(block.text);
    for (const text of blockTexts(block)) {
      for (const figure of numbersIn(text)) {
        checked += 1;
        if (allowed.has(figure) || (inExempel && submissionFigures.has(figure))) continue;
        untraced.push({ figure, text });
      }
    }
  }
  return { checked, untraced };
}
