import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { interpret } from './interpret.js';

const ask = async (question: string) => (await interpret(question, null, { dataset: sampleDataset() })).answer;
const projects2024 = () => sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [];
const withPartnersIn = (code: string) => projects2024().filter((project) => [...(project.lead ? [project.lead] : []), ...project.partners].some((partner) => partner.country === code));

describe('a country as the subject of a "who in the city" question', () => {
  it.each([
    ['Vem i staden har kontakter i Grekland?', 'GR'],
    ['Vilka på staden har samarbeten med Estland?', 'EE'],
    ['Vem i staden har kontakt med organisationer i Grekland?', 'GR'],
    ['Who in the city works with partners in Estonia?', 'EE'],
    ['Who in the city has contacts in Greece?', 'GR'],
  ])('"%s" looks up the country\'s partners, their projects, förvaltningar and contacts', async (question, code) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'organisation_lookup', args: { query: code } });
    const expected = withPartnersIn(code);
    expect(expected.length).toBeGreaterThan(0);
    for (const project of expected) expect(answer.answer).toContain(project.name);
    const contacts = expected.map((project) => project.contact).filter((contact): contact is string => Boolean(contact));
    for (const contact of contacts) expect(answer.answer).toContain(contact);
    expect(answer.answer).not.toMatch(/kontakter"|"works"|"contacts"/);
  });

  it('a real topic beside the country still asks who knows the topic', async () => {
    const answer = await ask('Vem kan jag prata med om klimat i Danmark?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_partners', args: { topic: 'klimat', country: 'DK' } });
  });
});
