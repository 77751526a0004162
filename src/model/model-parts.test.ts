import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TOOLS } from '../tools/registry.js';
import type { Tool } from '../tools/tool.js';
import { PromptLoadError, loadChatPrompt } from './chat-prompt.js';
import { checkGrounding } from './grounding-check.js';
import { recentTurns, rememberTurn } from './memory-window.js';
import { retryAfterMs } from './model-failure.js';
import { questionLanguage } from './question-language.js';
import { openObjectPaths, ToolSchemaError, toolDefinitions, toolParametersSchema } from './tool-schemas.js';

describe('tool schemas', () => {
  it('are generated from every registered tool’s zod schema, optional fields left optional', () => {
    const definitions = toolDefinitions(TOOLS);
    expect(definitions.map((definition) => definition.function.name)).toEqual(TOOLS.map((tool) => tool.name));
    for (const definition of definitions) {
      expect(definition.function.parameters).toMatchObject({ type: 'object' });
      expect(definition.function.parameters).not.toHaveProperty('$schema');
      expect(definition.function.parameters).toMatchObject({ additionalProperties: false });
      // Nested objects too (aggregate's threshold): no object in any tool's schema accepts unknown keys.
      expect(openObjectPaths(definition.function.parameters)).toEqual([]);
    }
    const aggregate = definitions.find((definition) => definition.function.name === 'aggregate')!.function.parameters as { properties: Record<string, { anyOf: unknown[] }> };
    expect(JSON.stringify(aggregate.properties['threshold'])).toContain('"additionalProperties":false');
  });

  it('refuses a tool whose zod object would accept unknown keys', () => {
    const open: Tool = { name: 'open', description: 'Open', input: z.object({ inner: z.object({ a: z.string() }).strict() }), run: () => ({ years: [], sources: [] }) };
    expect(() => toolParametersSchema(open)).toThrow(/okända argument \(#\)/);
    const nested: Tool = { ...open, input: z.object({ inner: z.object({ a: z.string() }) }).strict() };
    expect(() => toolParametersSchema(nested)).toThrow(ToolSchemaError);
    expect(() => toolParametersSchema(nested)).toThrow(/#\/properties\/inner/);
  });

  it('keeps descriptions, enums, limits and required fields of the zod schema', () => {
    const tool: Tool = {
      name: 'demo',
      description: 'Demo',
      input: z.object({
        namnd: z.string().describe('Nämnd'),
        year: z.number().int().min(2000).optional(),
        groupBy: z.enum(['namnd', 'goal']).default('namnd'),
      }).strict(),
      run: () => ({ years: [], sources: [] }),
    };
    expect(toolParametersSchema(tool)).toEqual({
      type: 'object',
      properties: {
        namnd: { type: 'string', description: 'Nämnd' },
        year: { type: 'integer', minimum: 2000 },
        groupBy: { type: 'string', enum: ['namnd', 'goal'], default: 'namnd' },
      },
      required: ['namnd'],
      additionalProperties: false,
    });
    expect(() => toolParametersSchema({ ...tool, input: z.string() })).toThrow(/inte är ett objekt/);
  });
});

describe('memory window', () => {
  const turns = [
    { role: 'user' as const, text: 'a'.repeat(400) },
    { role: 'assistant' as const, text: 'b'.repeat(400) },
    { role: 'user' as const, text: 'Och 2023?' },
    { role: 'assistant' as const, text: 'Då var det färre.' },
  ];
  it('keeps the newest turns within the budget and never starts with an answer', () => {
    expect(recentTurns(turns, 10_000)).toEqual(turns);
    expect(recentTurns(turns, 120).map((turn) => turn.text)).toEqual(['Och 2023?', 'Då var det färre.']);
    expect(recentTurns(turns, 0)).toEqual([]);
  });
  it('appends a turn and trims what is stored', () => {
    const memory = rememberTurn({ context: { year: 2024 }, turns }, 'Fråga', 'Svar', 30);
    expect(memory.context).toEqual({ year: 2024 });
    expect(memory.turns.at(-1)).toEqual({ role: 'assistant', text: 'Svar' });
    expect(memory.turns[0]?.role).toBe('user');
    expect(memory.turns.length).toBeLessThan(turns.length + 2);
  });
});

describe('question language', () => {
  it.each([
    ['Hur mycket fick ASN 2024?', 'sv'],
    ['Vilka Interreg-projekt finns?', 'sv'],
    ['Which committee has the most projects?', 'en'],
    ['How much did ASN receive in 2024?', 'en'],
    ['ASN 2024', 'sv'],
  ])('%s → %s', (question, language) => {
    expect(questionLanguage(question)).toBe(language);
  });
});

describe('retry-after', () => {
  it('reads milliseconds, seconds and HTTP dates', () => {
    expect(retryAfterMs({ 'retry-after-ms': '250' })).toBe(250);
    expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 4_000)).toBe(6_000);
    expect(retryAfterMs({})).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
});

describe('chat prompt', () => {
  it('loads the shipped prompt with its rules and settings', () => {
    const prompt = loadChatPrompt();
    expect(prompt.system).toMatch(/aldrig\s+instruktioner/);
    expect(prompt.correction).toContain('{{ungrounded}}');
    expect(prompt.maxToolRounds).toBe(4);
    expect(prompt.memoryTokens).toBeGreaterThan(0);
  });
  it('names the file when config.json is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompt-'));
    writeFileSync(join(dir, 'skprompt.txt'), 'System');
    writeFileSync(join(dir, 'correction.txt'), 'Rätta {{ungrounded}}');
    writeFileSync(join(dir, 'config.json'), '{"tools": {"max_rounds": 0}}');
    expect(() => loadChatPrompt(dir)).toThrow(PromptLoadError);
    expect(() => loadChatPrompt(dir)).toThrow(/config\.json.*tools\.max_rounds/);
    writeFileSync(join(dir, 'config.json'), '{');
    expect(() => loadChatPrompt(dir)).toThrow(/ingen giltig JSON/);
  });
});

describe('grounding of written-out figures', () => {
  it('treats a figure written in full as exact, a figure with a scale word as rounded', () => {
    const evidence = { toolResults: [{ years: [2024], sources: [], totalPaidKr: 50_468_000 }], question: '' };
    expect(checkGrounding('Totalt 50 000 000 kr.', evidence).ok).toBe(false);
    expect(checkGrounding('Totalt 50 miljoner kronor.', evidence).ok).toBe(true);
    expect(checkGrounding('In total SEK 50,468,000.', evidence).ok).toBe(true);
  });
});
