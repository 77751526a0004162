import { describe, expect, it } from 'vitest';
import { SAMPLE_DATA_DIR } from '../test-support/datasets.js';
import { EvalQuestionSchema } from './eval-question.js';
import { generateSuite, sampleSuite, STYLES } from './generate.js';
import { loadOracleFacts } from './oracle.js';

describe('generateSuite', () => {
  const facts = loadOracleFacts(SAMPLE_DATA_DIR);
  const suite = generateSuite(facts, { seed: 2024 });

  it('crosses every entity with its measures and the five styles: at least 3 000 questions', () => {
    expect(suite.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(suite.map((question) => question.style))).toEqual(new Set(STYLES));
    for (const unit of facts.units) expect(suite.some((question) => question.entityKind === 'unit' && question.entity === unit.namnd.id)).toBe(true);
    for (const project of facts.projects) expect(suite.some((question) => question.entity === project.id)).toBe(true);
    for (const partner of facts.partners) expect(suite.some((question) => question.entityKind === 'partner' && question.entity === partner.key)).toBe(true);
    expect(new Set(suite.map((question) => question.entity)).has('u-lync')).toBe(false);
  });

  it('is deterministic for a seed and differs for another', () => {
    expect(generateSuite(facts, { seed: 2024 })).toEqual(suite);
    expect(generateSuite(facts, { seed: 7 }).map((question) => question.question)).not.toEqual(suite.map((question) => question.question));
  });

  it('gives each question a unique id, a valid eval form and something to check', () => {
    expect(new Set(suite.map((question) => question.id)).size).toBe(suite.length);
    for (const question of suite) {
      EvalQuestionSchema.parse(question);
      expect(question.expect.contains.length + (question.expect.containsAny?.length ?? 0)).toBeGreaterThan(0);
      expect(question.question).not.toMatch(/\{x|\{year/);
      if (question.style === 'no-diacritics') expect(question.question).not.toMatch(/[åäö]/i);
      if (question.style === 'english') expect(question.language).toBe('en');
    }
  });

  it('computes the expectations from the data: ASN\'s sum, MN\'s count, a project\'s contact', () => {
    const asnSum = suite.find((question) => question.category === 'unit/sum' && question.entity === 'asn' && question.language === 'sv');
    expect(asnSum?.expect.containsAny).toEqual(['25 660 000']);
    const mnCount = suite.find((question) => question.category === 'unit/count' && question.entity === 'mn' && question.language === 'en');
    expect(mnCount?.expect.containsAny).toContain('25 project');
    const arcadia = suite.find((question) => question.category === 'project/contact' && question.entity === 'arcadia');
    expect(arcadia?.expect.contains).toEqual(['Jonas Ek']);
  });

  it('samples a fixed number per category', () => {
    const sample = sampleSuite(suite, 5, 1);
    const categories = new Set(suite.map((question) => question.category));
    expect(sample.length).toBeLessThanOrEqual(categories.size * 5);
    expect(new Set(sample.map((question) => question.category))).toEqual(categories);
    expect(sampleSuite(suite, 5, 1)).toEqual(sample);
  });
});
