import type { Dataset } from '../domain/dataset.js';
import { draftExempelSection, EXEMPEL_HEADING, sourceLines, type Drafter, type ExempelSection } from '../draft/exempel-section.js';
import { draftParagraph } from '../draft/draft-paragraph.js';
import type { ToolDeps } from '../tools/tool.js';
import { familyTable, figureSentences, goalTable, namndTable, reconciliationNotes } from './figure-section.js';
import type { ReportBlock, ReportChart, ReportDocument } from './report-document.js';
import { collectReportFigures, type ReportFigures } from './report-figures.js';
import { reportCharts } from './report-charts.js';
import { changeWord, numberWord, reportText } from './report-phrases.js';
import { ToolTrace } from './tool-trace.js';

export interface BuiltReport {
  document: ReportDocument;
  figures: ReportFigures;
  exempel: ExempelSection;
  /** Every tool call the figures came from. */
  trace: ToolTrace;
}

export interface BuildReportOptions {
  dataset: Dataset;
  year: number;
  /** Drafts the Exempel paragraphs; default: the embedded extractive drafter. */
  drafter?: Drafter;
  /** Extra tool dependencies (a submissions index); the dataset is always passed. */
  toolDeps?: Omit<ToolDeps, 'dataset'>;
  /** Draw the charts (default true; the text check and the bench can leave them out). */
  charts?: boolean;
  /** Progress lines for long work ("Räknar siffrorna …"). */
  progress?: (line: string) => void;
}

function frontMatter(year: number): ReportBlock[] {
  return [
    { kind: 'title', text: reportText.title(year), subtitle: reportText.subtitle },
    { kind: 'heading', level: 1, text: 'Sammanfattning' },
    ...reportText.summary.map((text): ReportBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 1, text: 'Förslag till beslut' },
    { kind: 'paragraph', text: reportText.proposalIntro },
    { kind: 'paragraph', text: reportText.proposal(year) },
    { kind: 'heading', level: 2, text: 'Beslutsunderlag' },
    { kind: 'list', items: reportText.basis(year) },
    { kind: 'heading', level: 2, text: 'Beslutsplanering' },
    { kind: 'list', items: [...reportText.planning] },
    { kind: 'heading', level: 2, text: 'Beslutet skickas till' },
    { kind: 'list', items: [...reportText.recipients] },
    { kind: 'heading', level: 1, text: 'Ärendet' },
    ...reportText.matter.map((text): ReportBlock => ({ kind: 'paragraph', text })),
  ];
}

function workSection(figures: ReportFigures, charts: ReportChart[]): ReportBlock[] {
  const [perNamndChart, perFamilyChart, perYearChart] = charts;
  const goalRows = figures.perGoal.reduce((sum, row) => sum + row.projects, 0);
  const notes = reconciliationNotes(figures);
  return [
    { kind: 'heading', level: 1, text: 'Nämndernas internationella arbete' },
    { kind: 'paragraph', text: reportText.workIntro },
    { kind: 'placeholder', text: reportText.workJudgement },
    ...figureSentences(figures).map((text): ReportBlock => ({ kind: 'paragraph', text })),
    ...(perYearChart ? [perYearChart] : []),
    // The remark on several goals per project holds only when the goal rows add up to more than the projects.
    ...(goalRows > figures.current.projects ? [{ kind: 'paragraph', text: reportText.goalsIntro(figures.year) } as ReportBlock] : []),
    goalTable(figures),
    namndTable(figures),
    ...(perNamndChart ? [perNamndChart] : []),
    familyTable(figures),
    ...(perFamilyChart ? [perFamilyChart] : []),
    ...(notes.length > 0 ? [{ kind: 'heading', level: 3, text: reportText.noteHeading } as ReportBlock, ...notes] : []),
  ];
}

function exempelSection(exempel: ExempelSection): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: reportText.exempelIntro }, { kind: 'heading', level: 1, text: EXEMPEL_HEADING }];
  const drafted = exempel.drafts.filter((draft) => draft.paragraph !== '');
  if (drafted.length === 0) blocks.push({ kind: 'placeholder', text: `[[Inga underlag finns för ${exempel.year}: exemplen skrivs av handläggaren]]` });
  for (const draft of drafted) blocks.push({ kind: 'paragraph', text: draft.paragraph });
  blocks.push({ kind: 'heading', level: 3, text: reportText.exempelSources });
  for (const draft of exempel.drafts) {
    blocks.push({ kind: 'source', text: `${draft.forvaltning} (${draft.mode === 'model' ? 'skrivet av modell' : 'inbyggt, extraktivt'}):` });
    for (const line of sourceLines(draft)) blocks.push({ kind: 'source', text: line });
    for (const item of draft.flagged) {
      blocks.push({ kind: 'note', text: `${item.action === 'removed' ? 'Borttagen' : 'Flaggad'} mening ur ${draft.forvaltning}s underlag: finns inte i underlaget: ${item.unsupported.map((entry) => entry.text).join(', ')}.` });
    }
    for (const note of draft.notes) blocks.push({ kind: 'note', text: note });
  }
  if (exempel.missing.length > 0) blocks.push({ kind: 'note', text: `Deltar i projekt ${exempel.year} men har inget underlag: ${exempel.missing.join(', ')}.` });
  return blocks;
}

function assessmentSection(figures: ReportFigures): ReportBlock[] {
  const { year, current, previous, change } = figures;
  const comparison = previous
    ? `Redovisningen för ${year} visar ${current.projects} EU-projekt, ${changeWord(change?.projects ?? null)} ${previous.projects} projekt ${previous.year}. `
    : `Redovisningen för ${year} visar ${current.projects} EU-projekt. `;
  const suggestion =
    comparison +
    `${numberWord(current.namnder).replace(/^./, (letter) => letter.toUpperCase())} nämnder deltar, och medlen kommer från ${figures.programmes} olika program. ` +
    'De internationella samarbetena och deltagandet i projekt skapar möjligheter att pröva nya arbetsmetoder som kan utvecklas vidare och implementeras i kärnverksamheten.';
  return [
    { kind: 'heading', level: 1, text: 'Stadskontorets bedömning' },
    { kind: 'placeholder', text: reportText.assessmentPlaceholder },
    { kind: 'suggestion', label: reportText.suggestionLabel, text: suggestion },
    { kind: 'paragraph', text: reportText.closing(year) },
    { kind: 'heading', level: 2, text: 'Ansvariga' },
    { kind: 'list', items: [...reportText.responsible] },
  ];
}

/** The whole yearly report: every figure from the tools, the Exempel from the drafter, the judgements as placeholders. */
export async function buildReport(options: BuildReportOptions): Promise<BuiltReport> {
  const { dataset, year } = options;
  const progress = options.progress ?? (() => undefined);
  const trace = new ToolTrace({ ...options.toolDeps, dataset });
  progress(`Räknar fram siffrorna för ${year} …`);
  const figures = await collectReportFigures(trace, year);
  progress('Skriver exemplen per förvaltning ur underlagen …');
  const drafter = options.drafter ?? ((forvaltning, draftYear) => draftParagraph({ dataset, forvaltning, year: draftYear, compare: false }));
  const exempel = await draftExempelSection(dataset, year, drafter);
  if (options.charts !== false) progress('Ritar diagrammen …');
  const charts = options.charts === false ? [] : await reportCharts(figures);
  const blocks = [...frontMatter(year), ...workSection(figures, charts), ...exempelSection(exempel), ...assessmentSection(figures)];
  return { document: { year, title: reportText.title(year), blocks }, figures, exempel, trace };
}
