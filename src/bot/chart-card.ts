import type { AnswerChart } from '../assistant/answer.js';
import { formatInteger, formatIntegerEnglish } from '../text/swedish-number.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';

type Language = 'sv' | 'en';

/** Vertical bars fit a few short labels; long nämnd names and many bars read better horizontally. */
export function chartType(chart: AnswerChart): 'Chart.VerticalBar' | 'Chart.HorizontalBar' {
  const longest = Math.max(0, ...chart.bars.map((bar) => bar.label.length));
  return chart.bars.length <= 6 && longest <= 14 ? 'Chart.VerticalBar' : 'Chart.HorizontalBar';
}

/** The same figures as a table: what a client without chart support shows instead. */
function fallbackTable(chart: AnswerChart, language: Language): CardElement {
  const format = language === 'en' ? formatIntegerEnglish : formatInteger;
  const cell = (text: string, bold = false): CardElement => ({
    type: 'TableCell',
    items: [textBlock(text, bold ? { weight: 'Bolder' } : {})],
  });
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    columns: [{ width: 3 }, { width: 2, horizontalCellContentAlignment: 'Right' }],
    rows: [
      { type: 'TableRow', cells: [cell(chart.xLabel, true), cell(chart.yLabel, true)] },
      ...chart.bars.map((bar) => ({ type: 'TableRow', cells: [cell(bar.label), cell(format(bar.value))] })),
    ],
  };
}

/** A bar chart card (Adaptive Card 1.5 chart element, which Teams renders) with a table fallback. */
export function chartCard(chart: AnswerChart, language: Language): AdaptiveCard {
  return adaptiveCard([
    heading(chart.title),
    {
      type: chartType(chart),
      title: chart.title,
      xAxisTitle: chart.xLabel,
      yAxisTitle: chart.yLabel,
      data: chart.bars.map((bar) => ({ x: bar.label, y: bar.value })),
      fallback: fallbackTable(chart, language),
    },
  ]);
}
