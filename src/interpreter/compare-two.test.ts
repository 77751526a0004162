import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { interpret } from './interpret.js';
import { programmeFamily } from '../domain/programmes.js';

const ask = async (question: string) => (await interpret(question, null, { dataset: sampleDataset() })).answer;
const projects2024 = () => (sampleDataset().years.find((year) => year.year === 2024)?.projects ?? []).filter((project) => project.participations.length > 0);
const paidBy = (namnd: string): number => projects2024().flatMap((project) => project.participations).filter((part) => part.namnd === namnd).reduce((sum, part) => sum + part.paidKr, 0);

describe('"which got more, X or Y?" with two named units compares their totals', () => {
  it.each([
    ['Vem fick mest, FSKF eller stadsbyggnadskontoret?', ['fsn', 'sbn']],
    ['Vilken fick mer pengar: kulturförvaltningen eller miljöförvaltningen?', ['kn', 'mn']],
    ['Which got more, the culture committee or the environment department?', ['kn', 'mn']],
    ['Who received the most EU money, ASF or miljöförvaltningen?', ['asn', 'mn']],
  ])('"%s"', async (question, units) => {
    const answer = await ask(question);
    const call = answer.toolCalls[0]!;
    expect(call).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd' } });
    expect([...(call.args.namnd as string[])].sort()).toEqual([...units].sort());
    // Both totals and the difference, computed from the project list (the published per-nämnd table may round).
    expect(answer.answer).toMatch(/Skillnad|Difference/);
    expect(answer.answer).not.toMatch(/^1\. /m);
  });

  it('states the difference between the two computed totals', async () => {
    const answer = await ask('Vem fick mest, kulturnämnden eller miljönämnden?');
    const [kn, mn] = [paidBy('kn'), paidBy('mn')];
    expect(mn).toBeGreaterThan(kn);
    expect(answer.answer).toMatch(/Miljönämnden fick [\d ]+ kr mer än Kulturnämnden/);
  });

  it('"Vilken nämnd hade flest projekt, X eller Y?" sorts by projects', async () => {
    const answer = await ask('Vilken nämnd hade flest projekt, kulturnämnden eller miljönämnden?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd', sortBy: 'projects' });
  });

  it.each([
    'Vilken av miljöförvaltningen och fastighets- och gatukontoret hade flest projekt?',
    'Which of the culture committee and the environment committee has more projects?',
  ])('"%s" compares the two units by projects', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd', sortBy: 'projects' });
    expect((answer.toolCalls[0]?.args.namnd as string[]).length).toBe(2);
  });

  it('"which project got most" of two nämnder still ranks projects', async () => {
    const answer = await ask('Vilket projekt fick mest av miljönämnden och kulturnämnden?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'project' });
  });

  it.each([
    ['Fick ESF eller Interreg mest pengar?', ['ESF', 'Interreg']],
    ['Which programme family got more, Horizon or Erasmus?', ['Horisont', 'Erasmus']],
  ])('"%s" shows only the two named families', async (question, families) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'family' });
    expect(answer.toolCalls[0]?.args).not.toHaveProperty('family');
    const paid = (family: string) => projects2024().filter((project) => programmeFamily(project.programme) === family).flatMap((project) => project.participations).reduce((sum, part) => sum + part.paidKr, 0);
    for (const family of families) expect(paid(family)).toBeGreaterThan(0);
    expect(answer.answer).toMatch(/Skillnad|Difference/);
    const others = ['ESF', 'Horisont', 'Interreg', 'Erasmus', 'Övriga'].filter((family) => !families.includes(family));
    for (const family of others) expect(answer.answer).not.toContain(`${family}-projekt:`);
  });
});
