import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../assistant/answer.js';
import { EmbeddedAssistant } from '../assistant/embedded-assistant.js';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { loadDataset } from '../data/load-dataset.js';
import { runTool } from '../tools/registry.js';
import { measureGrounding } from './grounding-measure.js';

describe('the grounding check measured on answers whose figures come from the tools', () => {
  it('finds the embedded interpreter’s figures in its tool results and catches figures changed by 7 %', async () => {
    const dataset = loadDataset(resolve(PROJECT_ROOT, 'src/test-support/fixture-data'));
    const assistant = new EmbeddedAssistant({ dataset });
    const questions = [
      'Hur mycket EU-medel fick Miljönämnden 2024?',
      'Hur många projekt hade varje nämnd 2024?',
      'Vilka ESF-projekt finns?',
      'Hur mycket fick varje programfamilj 2024?',
      'How much EU funding did the city receive in 2024?',
      'Vilka nämnder fick mer än 1 000 000 kr?',
    ];
    const answers = [];
    for (const [index, question] of questions.entries()) {
      answers.push({ id: `g${index}`, question, answer: (await assistant.answer(question, emptyMemory())).answer });
    }
    const measurement = await measureGrounding(answers, { dataset }, runTool);
    expect(measurement.mentions).toBeGreaterThan(20);
    expect(measurement.mentionsNotFound / measurement.mentions).toBeLessThan(0.05);
    expect(measurement.inventedTried).toBeGreaterThan(10);
    expect(measurement.inventedCaught / measurement.inventedTried).toBeGreaterThanOrEqual(0.95);
  });
});

describe('every embedded answer is grounded in its own tool results', () => {
  it('passes the grounding check for a sample of the eval questions (comparisons, partner counts, sums, lists)', async () => {
    const { readFileSync } = await import('node:fs');
    const { sampleDataset } = await import('../test-support/datasets.js');
    const dataset = sampleDataset();
    const assistant = new EmbeddedAssistant({ dataset });
    const file = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'eval/questions.json'), 'utf8')) as { questions: Array<{ id: string; question: string; followUpOf: string | null; category: string }> };
    const standalone = file.questions.filter((question) => question.followUpOf === null && question.category !== 'search');
    // Every 6th question, plus the comparisons whose difference and ratio once were computed by the composer.
    const sample = standalone.filter((question, index) => index % 6 === 0 || /^(jämför|compare|fick .* mer än)/i.test(question.question));
    const answers = [];
    for (const question of sample) answers.push({ id: question.id, question: question.question, answer: (await assistant.answer(question.question, emptyMemory())).answer });
    const measurement = await measureGrounding(answers, { dataset }, runTool);
    expect(answers.length).toBeGreaterThan(35);
    expect(measurement.notFound).toEqual([]);
    expect(measurement.answersPassing).toBe(answers.length);
  });
});
