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
