import type { ReconciliationReport, FigureDifference, YearReconciliation } from './reconcile.js';
import { formatInteger } from '../text/swedish-number.js';

const amount = (value: number, unit: FigureDifference['unit']): string => `${formatInteger(value)} ${unit}`;
const signed = (value: number, unit: FigureDifference['unit']): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatInteger(Math.abs(value))} ${unit}`;

function differenceLine(difference: FigureDifference): string {
  return `  - ${difference.label}: publicerat ${amount(difference.published, difference.unit)}, i projektdata ${amount(difference.computed, difference.unit)} (skillnad ${signed(difference.gap, difference.unit)})`;
}

function renderYear(year: YearReconciliation): string[] {
  const lines = [`År ${year.year}`];
  if (!year.hasProjectData) {
    lines.push(year.hasPublished ? '  Bara publicerade totalsiffror finns för året; inga projektdata att stämma av.' : '  Inga projektdata.');
  } else if (!year.hasPublished) {
    lines.push('  Ingen publicerad redovisning att stämma av mot.');
  } else {
    const count = year.differences.length;
    lines.push(`  Avstämning mot publicerade tabeller: ${year.matched} siffror stämmer, ${count} skiljer sig.`);
    for (const difference of year.differences) lines.push(differenceLine(difference));
  }
  if (year.publishedInternal.length > 0) {
    lines.push('  Den publicerade rapportens egna tabeller skiljer sig åt:');
    for (const difference of year.publishedInternal) {
      lines.push(`  - ${difference.label}: per nämnd ${amount(difference.published, 'kr')}, per program ${amount(difference.computed, 'kr')} (skillnad ${signed(difference.gap, 'kr')})`);
    }
  }
  if (year.submissionMismatches.length > 0) {
    lines.push(`  Underlag som inte stämmer med projektlistan (${year.submissionMismatches.length}):`);
    for (const mismatch of year.submissionMismatches) lines.push(`  - ${mismatch.file}, ${mismatch.project}: ${mismatch.message}`);
  }
  if (year.missingSubmissions.length > 0) {
    lines.push(`  Saknade underlag (${year.missingSubmissions.length}):`);
    for (const missing of year.missingSubmissions) lines.push(`  - ${missing.forvaltning}: ${missing.reason}`);
  } else if (year.hasProjectData) {
    lines.push('  Alla förvaltningar med EU-projekt har lämnat underlag.');
  }
  if (year.missingFields.length > 0) {
    lines.push(`  Saknade uppgifter (${year.missingFields.length}):`);
    const byItem = new Map<string, string[]>();
    for (const missing of year.missingFields) {
      const key = `${missing.file}, ${missing.item}`;
      byItem.set(key, [...(byItem.get(key) ?? []), missing.field]);
    }
    for (const [item, fields] of byItem) lines.push(`  - ${item}: ${fields.join(', ')}`);
  }
  return lines;
}

/** The reconciliation as Swedish text for the terminal. */
export function renderReconciliation(report: ReconciliationReport): string {
  return [`Datamapp: ${report.dataDir}`, '', ...report.years.flatMap((year) => [...renderYear(year), ''])].join('\n').trimEnd();
}
