import type { Submission, SubmissionProject } from '../domain/submission.js';
import type { Partner } from '../domain/project.js';
import { namndById } from '../domain/organisation.js';
import { COLUMN_LABELS } from './submission-builder.js';

const formatKronor = (value: number): string => value.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
const partner = (value: Partner): string => (value.country ? `${value.organisation} (${value.country})` : value.organisation);
const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function projectRow(project: SubmissionProject): string {
  const cells = [
    project.name, project.programme, project.role, project.lead ? partner(project.lead) : '',
    project.partners.map(partner).join('; '), project.start ?? '', project.end ?? '',
    project.totalBudgetKr === null ? '' : formatKronor(project.totalBudgetKr), formatKronor(project.paidKr),
    project.kfGoals.join('; '), project.description,
  ];
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** Writes a submission in the Markdown format of the contract (DESIGN.md), whatever file it came from. */
export function renderSubmissionMarkdown(submission: Submission): string {
  const namnd = namndById(submission.namnd);
  const lines = [
    '---',
    `år: ${submission.year}`,
    `nämnd: ${namnd.namn}`,
    `förvaltning: ${submission.forvaltning}`,
    `kontaktperson: ${submission.contact.name}`,
    `e-post: ${submission.contact.email ?? ''}`,
    '---',
    '',
  ];
  let wroteProjects = false;
  for (const section of submission.sections) {
    lines.push(`## ${section.heading}`, '');
    if (section.text) lines.push(section.text, '');
    if (section.field === 'projekt' && !wroteProjects) {
      lines.push(...projectTable(submission.projects), '');
      wroteProjects = true;
    }
  }
  if (!wroteProjects && submission.projects.length > 0) {
    lines.push('## Externfinansierade projekt', '', ...projectTable(submission.projects), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function projectTable(projects: SubmissionProject[]): string[] {
  const headers = Object.values(COLUMN_LABELS);
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...projects.map(projectRow)];
}
