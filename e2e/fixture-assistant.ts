import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assistant, AssistantAnswer } from '../src/assistant/answer.js';
import { formatKronor } from '../src/text/swedish-number.js';

/**
 * Stand-in for the real assistant while it is not wired: answers the two end-to-end questions
 * from the data files, so the browser test exercises the Teams layer on real figures.
 */
export function fixtureAssistant(dataDir: string): Assistant {
  const published = JSON.parse(readFileSync(join(dataDir, '2024', 'published.json'), 'utf8')) as { perNamnd: Array<{ namnd: string; paidKr: number }> };
  const projects = (
    JSON.parse(readFileSync(join(dataDir, '2024', 'projects.json'), 'utf8')) as {
      projects: Array<{ name: string; programme: string; start: string; end: string; participations: Array<{ namnd: string; role: string; paidKr: number }> }>;
    }
  ).projects;
  const base = (question: string): AssistantAnswer => ({
    question, answer: '', mode: 'embedded', year: 2024, language: 'sv', toolCalls: [], sources: [], tables: [], charts: [], suggestions: [],
  });
  return {
    async answer(question, memory) {
      const answer = base(question);
      if (/asn/i.test(question)) {
        const paid = published.perNamnd.find((row) => row.namnd === 'asn')?.paidKr ?? 0;
        answer.answer = `Arbetsmarknads- och socialnämnden (ASN) fick ${formatKronor(paid)} i EU-medel 2024.`;
        answer.sources = [{ title: 'Redovisning 2024, tabell per nämnd', ref: '2024/published.json#perNamnd' }];
      } else {
        const interreg = projects.filter((project) => /interreg/i.test(project.programme));
        answer.answer = `Det finns ${interreg.length} Interreg-projekt 2024.`;
        answer.sources = [{ title: 'Projektlista 2024', ref: '2024/projects.json' }];
        answer.tables = [
          {
            title: 'Interreg-projekt 2024',
            columns: [
              { key: 'name', label: 'Projekt' },
              { key: 'programme', label: 'Program' },
              { key: 'namnd', label: 'Nämnd' },
              { key: 'role', label: 'Roll' },
              { key: 'period', label: 'Period' },
              { key: 'paid', label: 'Utbetalt 2024', align: 'right' },
            ],
            rows: interreg.flatMap((project) =>
              project.participations.map((participation) => ({
                name: project.name,
                programme: project.programme,
                namnd: participation.namnd.toUpperCase(),
                role: participation.role,
                period: `${project.start} – ${project.end}`,
                paid: formatKronor(participation.paidKr),
              })),
            ),
          },
        ];
      }
      return { answer, memory };
    },
  };
}
