import { describe, expect, it } from 'vitest';
import { fixtureDataset, sampleDataset } from '../test-support/datasets.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { emptyMemory, type AssistantAnswer, type ConversationMemory } from '../assistant/answer.js';
import type { Dataset } from '../domain/dataset.js';

async function conversation(questions: string[], dataset: Dataset = sampleDataset()): Promise<AssistantAnswer[]> {
  const assistant = createAssistant({ dataset });
  let memory: ConversationMemory = emptyMemory();
  const answers: AssistantAnswer[] = [];
  for (const question of questions) {
    const result = await assistant.answer(question, memory);
    memory = result.memory;
    answers.push(result.answer);
  }
  return answers;
}

const ask = async (question: string, dataset?: Dataset): Promise<AssistantAnswer> => (await conversation([question], dataset))[0]!;

describe('embedded interpreter on the sample data', () => {
  it('answers a sum in Swedish format with year, tool call and sources', async () => {
    const answer = await ask('Hur mycket EU-medel fick ASN:s projekt 2024?');
    expect(answer.answer).toContain('25 660 000 kr');
    expect(answer).toMatchObject({ mode: 'embedded', year: 2024, language: 'sv' });
    expect(answer.toolCalls).toEqual([{ tool: 'aggregate', args: { year: 2024, namnd: 'asn', groupBy: 'none' } }]);
    expect(answer.sources.map((source) => source.ref)).toEqual(['2024/projects.json', '2024/published.json#perNamnd']);
  });

  it('answers in English when asked in English', async () => {
    const answer = await ask('How much did ASN receive in 2024?');
    expect(answer.language).toBe('en');
    expect(answer.answer).toMatch(/received SEK 25,660,000/);
  });

  it('states the rounded total and compares it with the published one', async () => {
    const answer = await ask('Hur mycket EU-medel betalades ut totalt 2024?');
    expect(answer.answer).toContain('50 468 000 kr (50,5 miljoner kronor)');
    expect(answer.answer).toMatch(/stämmer med redovisningens sammanfattning/);
  });

  it('shows a published figure that differs from the project data, with the difference', async () => {
    const answer = await ask('Hur mycket betalades ut till övriga program?');
    expect(answer.answer).toMatch(/anger .*2 411 298 kr; projektlistan ger 3 044 829 kr \(skillnad \+633 531 kr\)/);
  });

  it('lists projects with a table and charts funding per nämnd', async () => {
    const list = await ask('Vilka projekt har tekniska nämnden?');
    expect(list.tables[0]?.rows.length).toBe(4);
    const perNamnd = await ask('Utbetalda EU-medel per nämnd');
    expect(perNamnd.charts[0]?.bars.length).toBe(9);
  });

  it('answers both parts of a multi-part question', async () => {
    const answer = await ask('Hur många projekt har förskolenämnden och hur mycket fick de?');
    expect(answer.answer).toContain('2 projekt');
    expect(answer.answer).toContain('917 000 kr');
    // One aggregate per part (a small count also lists its projects).
    expect(answer.toolCalls.filter((call) => call.tool === 'aggregate')).toHaveLength(2);
  });
});

describe('drafts', () => {
  it('drafts a förvaltning\'s "Exempel" paragraph from its submission, with sources', async () => {
    const answer = await ask('utkast GRF');
    expect(answer.answer).toMatch(/^Utkast till stycket om Grundskoleförvaltningen/);
    expect(answer.sources.every((source) => source.ref.startsWith('2024/underlag/grundskoleforvaltningen.md'))).toBe(true);
    expect(answer.sources.length).toBeGreaterThan(0);
  });
});

describe('follow-ups keep the context', () => {
  it('"och 2023?" keeps the question and changes the year', async () => {
    const [, second] = await conversation(['Hur många EU-projekt hade staden 2024?', 'och 2023?']);
    expect(second?.answer).toContain('54 projekt');
    expect(second?.year).toBe(2023);
  });

  it('"vilka av dem är Interreg?" and "hur mycket fick de?" narrow the previous answer', async () => {
    const [, interreg, paid] = await conversation(['Hur många projekt har miljönämnden?', 'vilka av dem är Interreg?', 'hur mycket fick de?']);
    expect(interreg?.answer).toContain('Speak Up');
    expect(interreg?.answer).not.toContain('GreenFin');
    expect(paid?.answer).toContain('201 336 kr');
    expect(paid?.answer).toContain('285 284 kr');
  });
});

describe('follow-ups about one project', () => {
  it('"i det" narrows to the project the previous answer was about', async () => {
    const [, paid] = await conversation(['Berätta om STRIVE', 'hur mycket fick fastighets- och gatukontoret i det?']);
    expect(paid?.answer).toMatch(/Tekniska nämnden fick [\d ]+ kr i utbetalda EU-medel 2024 \(projektet STRIVE, 1 projekt\)/);
  });

  it('keeps working from a memory that went through JSON (as the bot stores it)', async () => {
    const assistant = createAssistant({ dataset: sampleDataset() });
    const first = await assistant.answer('Hur många projekt har miljönämnden?', emptyMemory());
    const stored = JSON.parse(JSON.stringify(first.memory)) as ConversationMemory;
    const second = await assistant.answer('vilka av dem är Interreg?', stored);
    expect(second.answer.toolCalls[0]?.args).toMatchObject({ namnd: 'mn', family: 'Interreg' });
    // The turns are the model's memory: the interpreter passes them through untouched.
    expect(second.memory.turns).toEqual([]);
    const withTurns = await assistant.answer('och 2023?', { ...second.memory, turns: [{ role: 'user', text: 'tidigare fråga' }] });
    expect(withTurns.memory.turns).toEqual([{ role: 'user', text: 'tidigare fråga' }]);
  });
});

describe('follow-up suggestions', () => {
  it.each(['Hur mycket fick ASN?', 'Vilka projekt har GSN?', 'Vilken nämnd har flest projekt?', 'Berätta om STRIVE'])('every suggestion after "%s" is answered from the data', async (question) => {
    const assistant = createAssistant({ dataset: sampleDataset() });
    const first = await assistant.answer(question, emptyMemory());
    expect(first.answer.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of first.answer.suggestions) {
      const next = await assistant.answer(suggestion, first.memory);
      expect(next.answer.toolCalls.length).toBeGreaterThan(0);
    }
  });
});

describe('honest limits', () => {
  it('out of scope: says what it can do with three example questions', async () => {
    const answer = await ask('Vad blir vädret i morgon?');
    expect(answer.answer).toMatch(/kan jag inte svara på/);
    expect(answer.answer.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.year).toBeNull();
  });

  it('unknown nämnd: "menade du …"', async () => {
    const answer = await ask('Hur mycket fick Miljö- och hälsoskyddsnämnden?');
    expect(answer.answer).toMatch(/Menade du .+nämnden\?/);
  });

  it('a year without data: says which years exist', async () => {
    const answer = await ask('Hur många EU-projekt hade staden 2019?');
    expect(answer.answer).toMatch(/ingen data för 2019.*2024.*2023 \(bara publicerade totaler\)/);
    expect(answer.answer).not.toMatch(/60 projekt/);
  });

  it('a nämnd without EU projects: says so, no invented projects', async () => {
    const answer = await ask('Hur många EU-projekt hade Servicenämnden 2024?');
    expect(answer.answer).toMatch(/Servicenämnden har inga EU-projekt/);
  });

  it('search questions without a search index: says the search is not available', async () => {
    const answer = await ask('Vad skriver kulturförvaltningen om utställningar?', fixtureDataset());
    expect(answer.answer).toMatch(/inte tillgänglig/);
  });
});
