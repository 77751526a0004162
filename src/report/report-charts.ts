import type { ReportChart } from './report-document.js';
import type { ReportFigures } from './report-figures.js';
import { familyRowLabel, millions } from './report-phrases.js';

/** Drawn at this size (CSS pixels) and rendered at twice the width for print. */
const WIDTH = 640;
const FONT = 'Liberation Sans, DejaVu Sans, Arial, sans-serif';
const MALMO_BLUE = '#0a4a8f';

interface BarSpec {
  title: string;
  caption: string;
  labels: string[];
  values: number[];
  horizontal: boolean;
}

type Echarts = typeof import('echarts');
type Resvg = typeof import('@resvg/resvg-js');

/** "25,7 mnkr": the bar labels, from the figures the chart shows. */
const mnkr = (value: number): string => `${millions(value)} mnkr`;

async function renderBar(spec: BarSpec, echarts: Echarts, resvg: Resvg): Promise<ReportChart> {
  const height = spec.horizontal ? Math.max(220, 60 + spec.labels.length * 34) : 300;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  const category = { type: 'category' as const, data: spec.labels, axisLabel: { fontSize: 12, color: '#222' }, ...(spec.horizontal ? { inverse: true } : {}) };
  const value = { type: 'value' as const, axisLabel: { formatter: (amount: number) => millions(amount), color: '#555' }, name: 'mnkr', nameTextStyle: { color: '#555' } };
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 15, fontFamily: FONT, color: '#111' } },
    grid: { left: spec.horizontal ? 230 : 60, right: 70, top: 45, bottom: 30 },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? category : value,
    series: [{
      type: 'bar', data: spec.values, itemStyle: { color: MALMO_BLUE }, barMaxWidth: 48,
      label: { show: true, position: spec.horizontal ? 'right' : 'top', formatter: (entry: { value: unknown }) => mnkr(Number(entry.value)), fontSize: 11, color: '#111' },
    }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new resvg.Resvg(svg, { fitTo: { mode: 'width', value: WIDTH * 2 }, background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng();
  return { kind: 'chart', title: spec.title, caption: spec.caption, png, widthPx: WIDTH, heightPx: height };
}

/** The charts of the report: paid funds per nämnd, per programme family, and year over year. */
export async function reportCharts(figures: ReportFigures): Promise<ReportChart[]> {
  const [echarts, resvg] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
  const byPaid = [...figures.perNamnd].sort((left, right) => right.paidKr - left.paidKr);
  const specs: BarSpec[] = [
    {
      title: `Betalda EU-medel per nämnd ${figures.year}`, caption: `Diagram: betalda EU-medel per nämnd ${figures.year}, miljoner kronor (samma siffror som tabellen per nämnd).`,
      labels: byPaid.map((row) => row.label), values: byPaid.map((row) => row.paidKr), horizontal: true,
    },
    {
      title: `Betalda medel per program ${figures.year}`, caption: `Diagram: betalda medel per programfamilj ${figures.year}, miljoner kronor (samma siffror som tabellen per program).`,
      labels: figures.familiesBySize.map((row) => familyRowLabel(row.key)), values: figures.familiesBySize.map((row) => row.paidKr), horizontal: true,
    },
  ];
  if (figures.yearSeries.length > 1) {
    specs.push({
      title: 'Betalda EU-medel per år', caption: 'Diagram: betalda EU-medel per år, miljoner kronor (år utan projektlista: den publicerade, avrundade totalen).',
      labels: figures.yearSeries.map((row) => String(row.year)), values: figures.yearSeries.map((row) => row.paidKr), horizontal: false,
    });
  }
  const charts: ReportChart[] = [];
  for (const spec of specs) charts.push(await renderBar(spec, echarts, resvg));
  return charts;
}
