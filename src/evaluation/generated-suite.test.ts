import { describe, expect, it } from 'vitest';
import { createAssistant } from '../assistant/create-assistant.js';
import { SAMPLE_DATA_DIR, sampleDataset } from '../test-support/datasets.js';
import { generateSuite, sampleSuite } from './generate.js';
import { loadOracleFacts } from './oracle.js';
import { runEval } from './run-eval.js';
import { scoreSuite } from './scoring.js';

// A fixed sample of the generated suite (seed 2024, 6 per category) through the embedded assistant in
// process, with no submission search. A regression net: each kind of entity must stay at least at the
// accuracy measured on 2026-12-05 (228 questions, 206 right) minus a margin of 0.08.
const BASELINE: Record<string, number> = { unit: 0.933, programme: 0.875, family: 0.875, goal: 1, project: 0.963, partner: 0.917, country: 1, city: 0.796 };
const MARGIN = 0.08;

describe('generated paraphrase suite (fixed sample)', () => {
  it('keeps each kind of entity at its measured accuracy', async () => {
    const suite = generateSuite(loadOracleFacts(SAMPLE_DATA_DIR), { seed: 2024 });
    const sample = sampleSuite(suite, 6, 2024);
    expect(sample.length).toBeGreaterThan(200);
    const results = await runEval(createAssistant({ dataset: sampleDataset() }), sample);
    const score = scoreSuite(results);
    const perKind = new Map<string, { passed: number; total: number }>();
    for (const result of results) {
      const entry = perKind.get(result.question.entityKind) ?? { passed: 0, total: 0 };
      entry.total += 1;
      if (result.passed) entry.passed += 1;
      perKind.set(result.question.entityKind, entry);
    }
    const measured = Object.fromEntries([...perKind].map(([kind, entry]) => [kind, Number((entry.passed / entry.total).toFixed(3))]));
    console.log(`generated sample: ${score.passed}/${score.total}`, JSON.stringify(measured));
    for (const [kind, floor] of Object.entries(BASELINE)) expect(measured[kind] ?? 0, kind).toBeGreaterThanOrEqual(floor - MARGIN);
  }, 60_000);
});
