import { describe, expect, it } from 'vitest';
import type { AnswerTable } from '../assistant/answer.js';
import { cardBytes } from './adaptive-card.js';
import { chartCard, chartType } from './chart-card.js';
import { columnWeights, tableCards } from './table-card.js';

const table = (rows: number): AnswerTable => ({
  title: 'Projekt',
  columns: [
    { key: 'name', label: 'Projekt' },
    { key: 'namnd', label: 'Nämnd' },
    { key: 'paid', label: 'Utbetalt', align: 'right' },
  ],
  rows: Array.from({ length: rows }, (_, index) => ({ name: `Ett projekt med ett långt namn nummer ${index}`, namnd: 'MN', paid: `${index} kr` })),
});

describe('tableCards', () => {
  it('shows a single row (one project) as a FactSet of label and value', () => {
    const [card, ...rest] = tableCards(table(1), 'sv');
    expect(rest).toHaveLength(0);
    const facts = card?.body.find((element) => element.type === 'FactSet') as { facts: Array<{ title: string; value: string }> };
    expect(facts.facts).toEqual([
      { title: 'Projekt', value: 'Ett projekt med ett långt namn nummer 0' },
      { title: 'Nämnd', value: 'MN' },
      { title: 'Utbetalt', value: '0 kr' },
    ]);
  });

  it('pages by size: every card under the limit, every row exactly once, in order', () => {
    const maxBytes = 6_000;
    const cards = tableCards(table(80), 'sv', maxBytes);
    expect(cards.length).toBeGreaterThan(3);
    const names = cards.flatMap((card) => {
      const actual = Buffer.byteLength(JSON.stringify(card), 'utf8');
      expect(actual).toBeLessThanOrEqual(maxBytes);
      // The size counted while paging is kept with the card: never below its real size, and close to it.
      expect(cardBytes(card)).toBeGreaterThanOrEqual(actual);
      expect(cardBytes(card) - actual).toBeLessThanOrEqual(12);
      const element = card.body.find((item) => item.type === 'Table') as { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> };
      return element.rows.slice(1).map((row) => row.cells[0]?.items[0]?.text);
    });
    expect(names).toEqual(table(80).rows.map((row) => row.name));
    expect(JSON.stringify(cards.at(-1))).toContain(`(sida ${cards.length} av ${cards.length})`);
  });

  it('fills every page: the next page\'s first row would have pushed it over the limit', () => {
    const maxBytes = 6_000;
    const cards = tableCards(table(80), 'sv', maxBytes);
    const rowsOf = (card: (typeof cards)[number]): unknown[] => (card.body.find((item) => item.type === 'Table') as { rows: unknown[] }).rows;
    cards.slice(0, -1).forEach((card, index) => {
      const next = cards[index + 1];
      if (!next) return;
      // The pages are sized with the widest possible title, so compare with that title in place.
      const widened = JSON.parse(JSON.stringify(card).replace(/\(sida \d+ av \d+\)/, '(sida 999 av 999)')) as typeof card;
      rowsOf(widened).push(rowsOf(next)[1]);
      expect(cardBytes(widened)).toBeGreaterThan(maxBytes);
    });
  });

  it('gives long columns more width and right-aligns amounts', () => {
    expect(columnWeights(table(5))).toEqual([18, 5, 8]);
    const element = tableCards(table(5), 'en')[0]?.body.find((item) => item.type === 'Table') as { columns: Array<Record<string, unknown>> };
    expect(element.columns[2]).toMatchObject({ horizontalCellContentAlignment: 'Right' });
  });
});

describe('chartCard', () => {
  it('uses horizontal bars for many or long labels', () => {
    const bars = (labels: string[]) => ({ title: 'T', xLabel: 'x', yLabel: 'y', bars: labels.map((label, index) => ({ label, value: index })) });
    expect(chartType(bars(['ASN', 'MN']))).toBe('Chart.VerticalBar');
    expect(chartType(bars(['Arbetsmarknads- och socialnämnden', 'MN']))).toBe('Chart.HorizontalBar');
    expect(chartType(bars(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toBe('Chart.HorizontalBar');
    const card = chartCard(bars(['ASN']), 'en');
    expect(JSON.stringify(card)).toContain('"xAxisTitle":"x"');
  });
});
