import type { AnswerTable } from '../assistant/answer.js';
import { adaptiveCard, cardBytes, fact, heading, MAX_CARD_BYTES, rememberCardBytes, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';

type Language = 'sv' | 'en';

function pageTitle(title: string, page: number, pages: number, language: Language): string {
  if (pages <= 1) return title;
  return language === 'en' ? `${title} (page ${page} of ${pages})` : `${title} (sida ${page} av ${pages})`;
}

function cell(text: string, bold = false): CardElement {
  return { type: 'TableCell', items: [textBlock(text, bold ? { weight: 'Bolder' } : {})] };
}

function tableRow(table: AnswerTable, row: Record<string, string>): CardElement {
  return { type: 'TableRow', cells: table.columns.map((column) => cell(row[column.key] ?? '')) };
}

/**
 * Relative column widths, in characters: text columns get their average length (at least their
 * longest word, at most 18, since text wraps); amounts and other right-aligned columns their longest
 * value, so that figures never break over lines.
 */
export function columnWeights(table: AnswerTable): number[] {
  const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  return table.columns.map((column) => {
    const values = table.rows.map((row) => row[column.key] ?? '');
    const headerWord = longestWord(column.label);
    if (column.align === 'right') return Math.max(headerWord, ...values.map((value) => value.length), 1);
    const average = values.length > 0 ? values.reduce((sum, value) => sum + value.length, 0) / values.length : column.label.length;
    const word = Math.min(14, Math.max(headerWord, ...values.map(longestWord)));
    return Math.max(1, Math.round(Math.min(18, Math.max(average, word))));
  });
}

function tableElement(table: AnswerTable, rows: CardElement[], weights: number[]): CardElement {
  return {
    type: 'Table',
    gridStyle: 'accent',
    firstRowAsHeaders: true,
    showGridLines: true,
    columns: table.columns.map((column, index) => ({
      width: weights[index] ?? 1,
      ...(column.align === 'right' ? { horizontalCellContentAlignment: 'Right' } : {}),
    })),
    rows: [{ type: 'TableRow', style: 'accent', cells: table.columns.map((column) => cell(column.label, true)) }, ...rows],
  };
}

/** One row with its columns as label/value pairs: the card for a single project. */
function factSetCard(table: AnswerTable, row: Record<string, string>): AdaptiveCard {
  const facts = table.columns
    .filter((column) => (row[column.key] ?? '').trim() !== '')
    .map((column) => fact(column.label, row[column.key] ?? ''));
  return adaptiveCard([heading(table.title), { type: 'FactSet', facts }]);
}

/**
 * A table as Adaptive Card 1.5 `Table` cards, paged so that no card's JSON is larger than
 * `maxBytes`. A one-row table (a single project, say) becomes a FactSet instead.
 */
export function tableCards(table: AnswerTable, language: Language, maxBytes = MAX_CARD_BYTES): AdaptiveCard[] {
  const [onlyRow] = table.rows;
  if (table.rows.length === 1 && onlyRow) return [factSetCard(table, onlyRow)];

  // The widest title the pages can get, so that filling in real page numbers never grows a card past the limit.
  const titleReserve = pageTitle(table.title, 999, 999, language);
  const weights = columnWeights(table);
  // Most tables fit on one card: count the whole card once and be done.
  const whole = adaptiveCard([heading(pageTitle(table.title, 1, 1, language)), tableElement(table, table.rows.map((row) => tableRow(table, row)), weights)]);
  const wholeBytes = cardBytes(whole);
  if (wholeBytes <= maxBytes) return [rememberCardBytes(whole, wholeBytes)];

  const pages: CardElement[][] = [];
  let current: CardElement[] = [];
  // A card's JSON is the card without data rows plus, per row, a comma and the row's own JSON (the header
  // row always comes first): the same size as serialising the whole candidate card, counted in linear time.
  const emptyBytes = cardBytes(adaptiveCard([heading(titleReserve), tableElement(table, [], weights)]));
  let currentBytes = emptyBytes;
  const pageBytes: number[] = [];
  for (const row of table.rows) {
    const element = tableRow(table, row);
    const rowBytes = 1 + cardBytes(element);
    const size = currentBytes + rowBytes;
    if (size > maxBytes && current.length > 0) {
      pages.push(current);
      pageBytes.push(currentBytes);
      current = [element];
      currentBytes = emptyBytes + rowBytes;
    } else {
      current.push(element);
      currentBytes = size;
    }
  }
  if (current.length > 0 || pages.length === 0) {
    pages.push(current);
    pageBytes.push(currentBytes);
  }
  return pages.map((rows, index) => {
    const card = adaptiveCard([heading(pageTitle(table.title, index + 1, pages.length, language)), tableElement(table, rows, weights)]);
    // Counted with the widest page title: at most a few bytes more than the card's own JSON.
    const bytes = pageBytes[index];
    return bytes === undefined ? card : rememberCardBytes(card, bytes);
  });
}
