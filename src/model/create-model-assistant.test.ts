import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMemory } from '../assistant/answer.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { EmbeddedAssistant } from '../assistant/embedded-assistant.js';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { loadConfig } from '../config/env.js';
import { loadDataset } from '../data/load-dataset.js';
import { errorResponse, startFakeOpenAiServer, textResponse, toolCallResponse, type FakeOpenAiServer } from './__fixtures__/fake-openai-server.js';
import type { ModelLogEntry } from './model-logger.js';

const dataset = loadDataset(resolve(PROJECT_ROOT, 'src/test-support/fixture-data'));
let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('createAssistant with a model configured', () => {
  it('stays embedded without a model', () => {
    expect(createAssistant({ dataset })).toBeInstanceOf(EmbeddedAssistant);
    expect(createAssistant({ dataset, model: loadConfig({}).model })).toBeInstanceOf(EmbeddedAssistant);
  });

  it('answers in model mode through the configured server, over the registry tools', async () => {
    server = await startFakeOpenAiServer([toolCallResponse([{ name: 'published_figures', args: { year: 2024 } }]), textResponse('Det finns inte i underlaget.')]);
    const logs: ModelLogEntry[] = [];
    const model = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${server.url}/v1` }).model;
    const assistant = createAssistant({ dataset, model, modelLogger: { log: (entry) => logs.push(entry) } });
    const { answer } = await assistant.answer('Vem är ordförande i ASN?', emptyMemory());
    expect(answer.mode).toBe('model');
    expect(answer.toolCalls).toEqual([{ tool: 'published_figures', args: { year: 2024 } }]);
    expect(JSON.parse(server.requests[1]!.body.messages.at(-1).content)).toHaveProperty('sources');
    expect(logs).toHaveLength(1);
  });

  it('falls back to the real embedded interpreter, which answers the same question', async () => {
    server = await startFakeOpenAiServer([errorResponse(503, 'overloaded')]);
    const model = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${server.url}/v1` }).model;
    const question = 'Hur många projekt hade Miljönämnden 2024?';
    const expected = await new EmbeddedAssistant({ dataset }).answer(question, emptyMemory());
    const { answer, memory } = await createAssistant({ dataset, model, modelLogger: { log() {} } }).answer(question, emptyMemory());
    expect(answer.mode).toBe('embedded');
    expect(answer.answer).toBe(expected.answer.answer);
    expect(answer.notice).toContain('den inbyggda tolken svarade i stället');
    expect(memory.context).toEqual(expected.memory.context);
    expect(memory.turns.filter((turn) => turn.role === 'user')).toEqual([{ role: 'user', text: question }]);
  });
});
