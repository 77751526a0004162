import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { errorResponse, startFakeOpenAiServer, textResponse, toolCallResponse, type FakeOpenAiServer } from '../model/__fixtures__/fake-openai-server.js';
import { main } from './eval-model.js';

const DATA = resolve(PROJECT_ROOT, 'src/test-support/fixture-data');
const MODEL_VARIABLES = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_API_VERSION'];

function questionFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-model-'));
  const file = join(dir, 'questions.json');
  writeFileSync(file, JSON.stringify({
    version: 1,
    questions: [
      { id: 'm1', category: 'sum', language: 'sv', question: 'Hur många projekt fanns 2024?', followUpOf: null, expect: { contains: [] } },
      { id: 'm2', category: 'out-of-scope', language: 'sv', question: 'Vem är ordförande i ASN?', followUpOf: null, expect: { contains: [] } },
    ],
  }));
  return file;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main(argv), stdout };
  } finally {
    spy.mockRestore();
    stderr.mockRestore();
  }
}

let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = null;
});

describe('npm run eval:model', () => {
  it('measures the grounding check offline when no model is configured', async () => {
    for (const variable of MODEL_VARIABLES) vi.stubEnv(variable, '');
    const { code, stdout } = await run(['--json', '--data', DATA, questionFile()]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.mode).toBe('offline');
    expect(report.grounding.answers).toBe(2);
  });

  it('runs the questions in model mode and counts fallbacks, tokens and latency', async () => {
    server = await startFakeOpenAiServer([
      toolCallResponse([{ name: 'published_figures', args: { year: 2024 } }]),
      textResponse('Det finns inte i underlaget.'),
      errorResponse(500, 'boom'),
    ]);
    for (const variable of MODEL_VARIABLES) vi.stubEnv(variable, '');
    vi.stubEnv('OPENAI_API_KEY', 'sk-test');
    vi.stubEnv('OPENAI_BASE_URL', `${server.url}/v1`);
    const { code, stdout } = await run(['--json', '--data', DATA, questionFile()]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ total: 2, answeredByModel: 1, fallbacks: { 'server-error': 1 }, totalTokens: 360 });
    expect(report.model).toContain('127.0.0.1');
    expect(server.requests).toHaveLength(3);
  });

  it('rejects a bad setting with exit code 2', async () => {
    vi.stubEnv('MODEL_TIMEOUT_MS', 'snabbt');
    expect((await run(['--data', DATA, questionFile()])).code).toBe(2);
  });
});
