import type { RawSubmission, RawProjectTable } from './submission-builder.js';
import { projectColumn } from './submission-builder.js';
import type { Problem } from './problem.js';

/** Splits a Markdown table row "| a | b |" into trimmed cells; escaped pipes "\|" stay in the cell. */
export function splitTableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

const isTableLine = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line);
const isDelimiterRow = (line: string): boolean => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);

/**
 * Reads a Markdown submission: YAML-style front matter (`nyckel: värde` per line) between `---`
 * lines, `##` headings as sections, and the first pipe table whose header names project columns.
 */
export function parseMarkdownSubmission(text: string, fileName: string, storedPath: string): { raw: RawSubmission | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: RawSubmission['header'] = [];
  let index = 0;
  while (index < lines.length && lines[index]?.trim() === '') index++;
  if (lines[index]?.trim() !== '---') {
    problems.push({ file: fileName, location: 'rad 1', field: null, found: null, message: 'saknar framsida (front matter) — filen ska börja med en rad "---", sedan år, nämnd, förvaltning, kontaktperson och e-post, och en rad "---"' });
    return { raw: null, problems };
  }
  index++;
  let closed = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '---') {
      closed = true;
      index++;
      break;
    }
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) {
      problems.push({ file: fileName, location: `rad ${index + 1}`, field: null, found: line.trim(), message: 'är ingen uppgift — skriv "nyckel: värde", t.ex. "nämnd: Kulturnämnden"' });
      continue;
    }
    header.push({ key: match[1], value: (match[2] ?? '').replace(/^["']|["']$/g, ''), location: `rad ${index + 1}` });
  }
  if (!closed) {
    problems.push({ file: fileName, location: null, field: null, found: null, message: 'framsidan (front matter) avslutas aldrig — lägg till en rad "---" efter e-post' });
    return { raw: null, problems };
  }

  const sections: RawSubmission['sections'] = [];
  let projectTable: RawProjectTable | null = null;
  let current: { heading: string; lines: string[] } = { heading: '', lines: [] };
  const flush = (): void => {
    if (current.heading !== '' || current.lines.some((line) => line.trim() !== '')) {
      sections.push({ heading: current.heading, text: current.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() });
    }
  };
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current = { heading: heading[1] ?? '', lines: [] };
      index++;
      continue;
    }
    if (isTableLine(line) && isDelimiterRow(lines[index + 1] ?? '')) {
      const headers = splitTableRow(line);
      const tableStart = index;
      index += 2;
      const rows: RawProjectTable['rows'] = [];
      while (index < lines.length && isTableLine(lines[index] ?? '')) {
        rows.push({ location: `rad ${index + 1}`, cells: splitTableRow(lines[index] ?? '') });
        index++;
      }
      const looksLikeProjects = headers.filter((cell) => projectColumn(cell) !== null).length >= 3;
      if (looksLikeProjects && projectTable === null) {
        projectTable = { headerLocation: `rad ${tableStart + 1}`, headers, rows };
      } else {
        current.lines.push(...lines.slice(tableStart, index));
      }
      continue;
    }
    current.lines.push(line);
    index++;
  }
  flush();
  return { raw: { fileName, storedPath, header, sections, projectTable }, problems };
}
