import type { AnswerTable } from '../assistant/answer.js';
import type { ProjectDetail } from '../tools/project-details.js';
import { countryName } from '../tools/countries.js';
import { money, say, type Language } from './format.js';

/**
 * One project as a one-row table: clients show it as a project card (a FactSet in Teams, label:
 * value lines in the terminal). Only what the data has; missing facts say so.
 */
export function projectCard(project: ProjectDetail, language: Language): AnswerTable {
  const unknown = say(language, 'uppgift saknas', 'not given');
  const partner = (organisation: string, country: string | null): string => (country ? `${organisation} (${countryName(country, language)})` : organisation);
  const row: Record<string, string> = {
    programme: `${project.programme} (${project.family})`,
    period: project.start || project.end ? `${project.start ?? '?'} – ${project.end ?? '?'}` : unknown,
    forvaltningar: project.forvaltningar.length > 0
      ? project.forvaltningar.map((unit) => `${unit.forvaltning} (${unit.role})`).join(', ')
      : say(language, `räknas inte i redovisningen; samverkan: ${project.collaborators.join(', ')}`, `not counted in the report; collaborating: ${project.collaborators.join(', ')}`),
    paid: project.forvaltningar.length > 0 ? money(project.paidKr, language) : '–',
    budget: project.totalBudgetKr !== null ? money(project.totalBudgetKr, language) : unknown,
    euRate: project.euRate !== null ? `${Math.round(project.euRate * 100)} %` : unknown,
    lead: project.lead ? partner(project.lead.organisation, project.lead.country) : unknown,
    partners: project.partners.length > 0 ? project.partners.map((item) => partner(item.organisation, item.country)).join('; ') : '–',
    goals: project.kfGoals.length > 0 ? project.kfGoals.join(', ') : '–',
  };
  return {
    title: `${project.name}${project.acronym && project.acronym !== project.name ? ` (${project.acronym})` : ''} — ${project.year}`,
    columns: [
      { key: 'programme', label: say(language, 'Program', 'Programme') },
      { key: 'period', label: say(language, 'Period', 'Period') },
      { key: 'forvaltningar', label: say(language, 'Förvaltning (roll)', 'Administration (role)') },
      { key: 'paid', label: say(language, `Utbetalt ${project.year}`, `Paid ${project.year}`), align: 'right' },
      { key: 'budget', label: say(language, 'Total budget', 'Total budget'), align: 'right' },
      { key: 'euRate', label: say(language, 'EU-finansiering', 'EU co-financing'), align: 'right' },
      { key: 'lead', label: say(language, 'Projektägare', 'Lead partner') },
      { key: 'partners', label: say(language, 'Partner', 'Partners') },
      { key: 'goals', label: say(language, 'KF-mål', 'KF goals') },
    ],
    rows: [row],
  };
}
