import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { emptyMemory } from '../assistant/answer.js';
import { formatKronor } from '../text/swedish-number.js';

const dataset = loadDataset(`${PROJECT_ROOT}/data`);
const assistant = createAssistant({ dataset });

describe('a project on request comes with a project card', () => {
  it('gives the details of the named project as one row, with the figures of the data', async () => {
    const project = dataset.years.at(-1)?.projects?.find((candidate) => candidate.participations.length > 1 && candidate.totalBudgetKr !== null);
    if (!project) throw new Error('the sample data has a shared project with a budget');
    const { answer } = await assistant.answer(`Berätta om ${project.name}`, emptyMemory());
    expect(answer.tables).toHaveLength(1);
    const [card] = answer.tables;
    expect(card?.title).toContain(project.name);
    expect(card?.rows).toHaveLength(1);
    const row = card?.rows[0] ?? {};
    const paid = project.participations.reduce((sum, participation) => sum + participation.paidKr, 0);
    expect(row.paid).toBe(formatKronor(paid));
    expect(row.budget).toBe(formatKronor(project.totalBudgetKr ?? 0));
    expect(row.programme).toContain(project.programme);
    expect(row.goals).toBe(project.kfGoals.join(', '));
  });

  it('says which facts are missing instead of inventing them', async () => {
    const project = dataset.years.at(-1)?.projects?.find((candidate) => candidate.start === null && candidate.end === null && candidate.totalBudgetKr === null && candidate.participations.length > 0);
    if (!project) throw new Error('the sample data has a project with unknown dates and budget');
    const { answer } = await assistant.answer(`Berätta om ${project.name}`, emptyMemory());
    expect(answer.tables[0]?.rows[0]?.period).toBe('uppgift saknas');
    expect(answer.tables[0]?.rows[0]?.budget).toBe('uppgift saknas');
  });
});
