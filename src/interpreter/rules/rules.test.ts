import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test-support/datasets.js';
import { interpret } from '../interpret.js';
import { RULES, cascadeRuleName } from './rules.js';

describe('rules: every rule can be listed and --explain names the one that fired', () => {
  it('lists rules with names and descriptions', () => {
    expect(RULES.length).toBeGreaterThan(0);
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
  });

  it.each([
    ['Hur mycket fick ASN 2024?', 'sum'],
    ['How much did ASN get in 2024?', 'sum'],
    ['Vilka Interreg-projekt finns?', 'list'],
  ])('"%s" takes one path, shown with its frame, tool calls and unexplained words', async (question, kind) => {
    const { answer } = await interpret(question, null, { dataset: sampleDataset() });
    expect(answer.explain).toHaveLength(1);
    const [part] = answer.explain ?? [];
    expect(part?.rule).toBe(cascadeRuleName(kind));
    expect(part?.toolCalls).toEqual(answer.toolCalls);
    expect(Array.isArray(part?.unexplained)).toBe(true);
  });

  it('a two-part question explains each part', async () => {
    const { answer } = await interpret('Hur mycket fick ASN 2024? Och vilka projekt har Kulturnämnden?', null, { dataset: sampleDataset() });
    expect((answer.explain ?? []).length).toBeGreaterThanOrEqual(1);
    expect(answer.explain?.map((part) => part.toolCalls).flat()).toEqual(answer.toolCalls);
  });
});
