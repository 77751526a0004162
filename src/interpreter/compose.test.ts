import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../test-support/datasets.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { emptyMemory } from '../assistant/answer.js';
import { bestSentences } from './compose.js';

const ask = async (question: string) => (await createAssistant({ dataset: fixtureDataset() }).answer(question, emptyMemory())).answer;

describe('compose on the fixture data', () => {
  it('shows a published per-nämnd figure that differs from the project list, with the difference', async () => {
    const answer = await ask('Hur mycket fick miljönämnden?');
    expect(answer.answer).toContain('Miljönämnden fick 2 400 000 kr');
    expect(answer.answer).toMatch(/anger 2 500 000 kr; projektlistan ger 2 400 000 kr \(skillnad −100 000 kr\)/);
  });

  it('puts published figures and differences in the per-nämnd table', async () => {
    const answer = await ask('Utbetalda EU-medel per nämnd');
    const table = answer.tables[0];
    expect(table?.columns.map((column) => column.key)).toEqual(['label', 'projects', 'paidKr', 'published', 'difference']);
    expect(table?.rows.find((row) => row.label === 'Miljönämnden')).toMatchObject({ paidKr: '2 400 000 kr', published: '2 500 000 kr', difference: '−100 000 kr' });
    expect(answer.charts[0]?.bars.find((bar) => bar.label === 'Miljönämnden')?.value).toBe(2_400_000);
  });

  it('names the year and the project list for a ranking', async () => {
    const answer = await ask('Vilket projekt fick mest pengar?');
    expect(answer.answer).toMatch(/^Samverkan för barns rätt till lek, vila och fritid fick mest EU-medel 2024: 3 200 000 kr\./);
  });

  it('tells which years exist for a year without data', async () => {
    const answer = await ask('Hur många projekt fanns 2021?');
    expect(answer.answer).toBe('Det finns ingen data för 2021. Datan omfattar 2024 och 2023 (bara publicerade totaler).');
  });
});

describe('bestSentences', () => {
  it('picks the sentences that share the question\'s words, in text order', () => {
    const text = 'Förvaltning: Miljöförvaltningen. Hösten 2024 hölls ett Klimatrådslag. Det gav 26 förslag till staden. Vädret var fint.';
    expect(bestSentences(text, 'Hur många förslag gav Klimatrådslaget?')).toEqual(['Hösten 2024 hölls ett Klimatrådslag.', 'Det gav 26 förslag till staden.']);
  });
});
