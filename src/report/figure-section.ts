import { formatInteger } from '../text/swedish-number.js';
import type { FigureDifference } from '../reconcile/reconcile.js';
import type { CellValue, ReportBlock, ReportTable } from './report-document.js';
import type { GroupRow, ReportFigures } from './report-figures.js';
import { FAMILY_IN_TEXT, changeWord, familyProjects, familyRowLabel, millions, numberWord, reportText, swedishList } from './report-phrases.js';

/** The figure sentences of "Nämndernas internationella arbete", each from the figures passed in. */
export function figureSentences(figures: ReportFigures): string[] {
  const { year, current, previous, change } = figures;
  const sentences: string[] = [];
  if (previous) {
    sentences.push(`Under ${year} var antalet EU-projekt ${current.projects}, ${changeWord(change?.projects ?? null)} ${previous.year} då motsvarande siffra var ${previous.projects} projekt.`);
    sentences.push(
      `Under ${year} har ${numberWord(current.namnder)} av stadens nämnder deltagit i EU-projekt jämfört med ${previous.year} då ${numberWord(previous.namnder)} nämnder deltog i projektverksamhet. ` +
        'Flera nämnder kan ingå i samma EU-projekt, i egenskap av projektägare eller projektpartner.',
    );
    sentences.push(`Sammanlagt betalades under ${year} cirka ${millions(current.paidKr)} miljoner kronor ut i medfinansiering, motsvarande siffra för ${previous.year} var cirka ${millions(previous.paidKr)} miljoner kronor.`);
  } else {
    sentences.push(`Under ${year} var antalet EU-projekt ${current.projects}. Uppgift för föregående år saknas i datan.`);
    sentences.push(`Under ${year} har ${numberWord(current.namnder)} av stadens nämnder deltagit i EU-projekt. Flera nämnder kan ingå i samma EU-projekt, i egenskap av projektägare eller projektpartner.`);
    sentences.push(`Sammanlagt betalades under ${year} cirka ${millions(current.paidKr)} miljoner kronor ut i medfinansiering.`);
  }
  // "Övriga" is the rest, not a programme: the report names the families in order of size without it.
  const named = figures.familiesBySize.filter((row) => row.key !== 'Övriga' && row.paidKr > 0).map((row) => FAMILY_IN_TEXT[row.key] ?? row.label);
  if (named.length > 0) {
    const [first, ...rest] = named;
    sentences.push(`Medfinansieringen ${year} kom främst från ${first}${rest.length > 0 ? `, därefter från ${swedishList(rest)}` : ''}. ${reportText.financingNote}`);
  }
  if (figures.budgetRange) {
    const { smallest, largest } = figures.budgetRange;
    sentences.push(
      `Spännvidden mellan respektive projekts totala projektbudget kan skifta från ${formatInteger(smallest.totalBudgetKr)} kronor för mindre ${familyProjects(smallest.family)} ` +
        `till ${formatInteger(largest.totalBudgetKr)} kronor för stora ${familyProjects(largest.family)}.`,
    );
  }
  return sentences;
}

/** The published column is shown only where the published table exists and differs somewhere. */
const differs = (rows: readonly GroupRow[], field: 'projects' | 'paidKr'): boolean =>
  rows.some((row) => row.published?.[field] !== undefined && row.published[field] !== row[field]);

function gapFor(differences: readonly FigureDifference[], table: FigureDifference['table'], labelStart: string): number | null {
  return differences.find((difference) => difference.table === table && difference.label.startsWith(labelStart))?.gap ?? null;
}

export function goalTable(figures: ReportFigures): ReportTable {
  const showPublished = differs(figures.perGoal, 'projects');
  return {
    kind: 'table', sheet: 'KF-mål', title: reportText.goalsTitle,
    columns: [{ header: 'Kommunfullmäktigemål', format: 'text' }, { header: 'Antal projekt', format: 'integer' }, ...(showPublished ? [{ header: 'I publicerad rapport', format: 'integer' as const }] : [])],
    rows: figures.perGoal.map((row) => [row.label, row.projects, ...(showPublished ? [row.published?.projects ?? null] : [])]),
  };
}

export function namndTable(figures: ReportFigures): ReportTable {
  const showPublished = differs(figures.perNamnd, 'projects') || differs(figures.perNamnd, 'paidKr');
  const published = (row: GroupRow): CellValue[] => (showPublished ? [row.published?.projects ?? null, row.published?.paidKr ?? null] : []);
  return {
    kind: 'table', sheet: 'Per nämnd', title: reportText.namndTitle, roundKronor: 'thousand',
    columns: [
      { header: 'Nämnd', format: 'text' }, { header: 'Antal projekt', format: 'integer' }, { header: 'Betalda EU-medel (kr)', format: 'kronor' },
      ...(showPublished ? [{ header: 'Publicerat, projekt', format: 'integer' as const }, { header: 'Publicerat, kr', format: 'kronor' as const }] : []),
    ],
    rows: figures.perNamnd.map((row) => [row.label, row.projects, row.paidKr, ...published(row)]),
  };
}

export function familyTable(figures: ReportFigures): ReportTable {
  const showPublished = differs(figures.perFamily, 'paidKr');
  const differences = figures.reconciliation?.differences ?? [];
  return {
    kind: 'table', sheet: 'Per program', title: reportText.familyTitle(figures.year),
    columns: [
      { header: 'Program', format: 'text' }, { header: 'Antal projekt', format: 'integer' }, { header: 'Betalda medel (kr)', format: 'kronor' },
      ...(showPublished ? [{ header: 'I publicerad rapport (kr)', format: 'kronor' as const }, { header: 'Skillnad (kr)', format: 'kronor' as const }] : []),
    ],
    rows: figures.perFamily.map((row) => [
      familyRowLabel(row.key), row.projects, row.paidKr,
      ...(showPublished ? [row.published?.paidKr ?? null, gapFor(differences, 'perFamily', `${row.key}-projekt,`)] : []),
    ]),
  };
}

/** Notes for the handläggare: every figure where the data and the year's published tables differ. */
export function reconciliationNotes(figures: ReportFigures): ReportBlock[] {
  const reconciliation = figures.reconciliation;
  if (!reconciliation) return [];
  const notes: ReportBlock[] = [];
  const unit = (difference: FigureDifference): string => (difference.unit === 'kr' ? 'kr' : difference.unit);
  for (const difference of reconciliation.differences) {
    notes.push({
      kind: 'note',
      text: `${difference.label}: ${formatInteger(difference.computed)} ${unit(difference)} i datan men ${formatInteger(difference.published)} ${unit(difference)} i den publicerade tabellen för ${figures.year} ` +
        `(datan är ${formatInteger(Math.abs(difference.gap))} ${unit(difference)} ${difference.gap > 0 ? 'högre' : 'lägre'}). Tabellen ovan visar datans siffra.`,
    });
  }
  for (const internal of reconciliation.publishedInternal) {
    notes.push({
      kind: 'note',
      text: `Den publicerade rapporten för ${figures.year} stämmer inte med sig själv: tabellen per nämnd summerar till ${formatInteger(internal.published)} kr och tabellen per program till ` +
        `${formatInteger(internal.computed)} kr, en skillnad på ${formatInteger(Math.abs(internal.gap))} kr. Projektlistan kan bara stämma med den ena; kontrollera vilken siffra som ska stå i redovisningen.`,
    });
  }
  return notes;
}
