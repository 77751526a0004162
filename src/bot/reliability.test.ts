import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant, AssistantAnswer } from '../assistant/answer.js';
import { loadConfig, processEnvironment } from '../config/env.js';
import { TurnGuard } from '../limits/turn-guard.js';
import { startBotService, type BotService } from './bot-service.js';
import { startFakeOpenAiServer, textResponse, toolCallResponse } from '../model/__fixtures__/fake-openai-server.js';
import { freePort } from '../storage/azurite-process.js';
import type { BotLogger } from './bot-logger.js';

/** HTTP-level reliability of the running bot (issue 8): bad input, unknown types, crashes, graceful shutdown. */

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

function answerTo(question: string, text = `Svar på: ${question}`): AssistantAnswer {
  return { question, answer: text, mode: 'embedded', year: 2024, language: 'sv', toolCalls: [], sources: [], tables: [], charts: [], suggestions: [] };
}

class RecordingLogger implements BotLogger {
  readonly lines: string[] = [];
  info = (message: string) => void this.lines.push(`info ${message}`);
  warn = (message: string) => void this.lines.push(`warn ${message}`);
  error = (message: string) => void this.lines.push(`error ${message}`);
}

function post(port: number, body: string | object, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolvePost, reject) => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    const request = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolvePost({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

let counter = 0;
function message(text: string, conversation = `conv-${++counter}`): Record<string, unknown> {
  return {
    type: 'message',
    id: `in-${counter}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: `user-${conversation}`, aadObjectId: `aad-${conversation}` },
    recipient: { id: 'bot' },
    conversation: { id: conversation, conversationType: 'personal' },
    text,
  };
}

const replyTexts = (body: string): string[] =>
  ((JSON.parse(body) as { activities?: Array<{ type: string; text?: string }> }).activities ?? []).filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');

describe('the running bot under bad input and faults', () => {
  let service: BotService | null = null;
  afterEach(async () => {
    await service?.close();
    service = null;
  });

  async function start(assistant: Assistant, logger = new RecordingLogger()) {
    service = await startBotService({
      config: loadConfig({}),
      port: 0,
      logger,
      assistant,
      auditLog: null,
      turnGuard: new TurnGuard({
        rate: { perUser: { capacity: 1000, refillPerSecond: 1000 }, perConversation: { capacity: 1000, refillPerSecond: 1000 } },
        work: { maxInFlight: 4, maxQueued: 16, queueTimeoutMs: 5000 },
        maxQuestionLength: 500,
        turnTimeoutMs: 5000,
      }),
    });
    return { port: service.server.port, logger };
  }

  it('answers 413, 400 (logged) and ignores unknown types, and keeps answering afterwards', async () => {
    const { port, logger } = await start({ answer: async (question, memory) => ({ answer: answerTo(question), memory }) });
    expect((await post(port, { ...message('x'), text: 'x'.repeat(300 * 1024) })).status).toBe(413);
    expect((await post(port, '{"type":"message",')).status).toBe(400);
    const { conversation: _missing, ...withoutConversation } = message('Hej');
    const shapeless = await post(port, withoutConversation);
    expect(shapeless.status).toBe(400);
    expect(logger.lines.some((line) => line.startsWith('warn') && line.includes('conversation'))).toBe(true);
    const unknown = await post(port, { ...message('Hej'), type: 'somethingNew' });
    expect(unknown.status).toBeLessThan(300);
    expect(unknown.body === '' ? [] : replyTexts(unknown.body)).toEqual([]);
    const answered = await post(port, message('Hur mycket fick ASN 2024?'));
    expect(answered.status).toBe(200);
    expect(replyTexts(answered.body).join('\n')).toContain('Svar på: Hur mycket fick ASN 2024?');
  });

  it('a crashing turn costs only that turn: the user gets a polite message and the server keeps serving', async () => {
    const { port } = await start({
      answer: async (question, memory) => {
        if (question.includes('krasch')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
        return { answer: answerTo(question), memory };
      },
    });
    const crashed = await post(port, message('krasch nu'));
    expect(crashed.status).toBe(200);
    expect(replyTexts(crashed.body).join('\n')).toMatch(/gick fel/);
    const next = await post(port, message('Vilka Interreg-projekt finns?'));
    expect(replyTexts(next.body).join('\n')).toContain('Svar på: Vilka Interreg-projekt finns?');
  });

  it('graceful shutdown finishes the turn in flight before closing', async () => {
    let release!: () => void;
    const started = new Promise<void>((resolveStarted) => {
      void (async () => {
        await start({
          answer: async (question, memory) => {
            if (question === 'långsam') {
              resolveStarted();
              await new Promise<void>((done) => (release = done));
            }
            return { answer: answerTo(question), memory };
          },
        });
      })();
    });
    // start() resolves the service before the request; wait for it to exist.
    while (!service) await new Promise((wait) => setTimeout(wait, 5));
    const port = service.server.port;
    const inFlight = post(port, message('långsam'));
    await started;
    const closing = service.close();
    service = null;
    setTimeout(() => release(), 100);
    const response = await inFlight;
    await closing;
    expect(response.status).toBe(200);
    expect(replyTexts(response.body).join('\n')).toContain('Svar på: långsam');
    await expect(post(port, message('efteråt'))).rejects.toThrow();
  });
});

describe('start-up faults', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function runBot(env: Record<string, string>): { status: number | null; stderr: string } {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'bot.ts')], {
      cwd: PROJECT_ROOT,
      env: { PATH: processEnvironment().PATH ?? '', HOME: processEnvironment().HOME ?? '', PORT: '39871', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stderr: result.stderr };
  }

  it('a missing data folder gives a clear Swedish message and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-fault-'));
    dirs.push(dir);
    const result = runBot({ DATA_DIR: join(dir, 'finns-inte'), AUDIT_DB: join(dir, 'audit.db') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/datamappen finns inte/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('a data "folder" that is a file gives the same clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-fault-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'data'), 'inte en mapp');
    const result = runBot({ DATA_DIR: join(dir, 'data'), AUDIT_DB: join(dir, 'audit.db') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/datamappen/i);
  }, 60_000);

  it('an unreadable data file is named in the message, with exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-fault-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'data', '2024'), { recursive: true });
    writeFileSync(join(dir, 'data', '2024', 'projects.json'), '{"year": 2024, "projects": [ trasig');
    const result = runBot({ DATA_DIR: join(dir, 'data'), AUDIT_DB: join(dir, 'audit.db') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/projects\.json/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('SIGTERM on the real bot process', () => {
  it('finishes the turn in flight (a slow model answer) and then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-sigterm-'));
    // The model takes 1.5 s to answer: SIGTERM arrives while the turn waits for it.
    const model = await startFakeOpenAiServer([
      { ...toolCallResponse([{ name: 'aggregate', args: { year: 2024, namnd: 'ASN' } }]), delayMs: 1500 },
      textResponse('Se tabellen från verktyget.'),
    ]);
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'bot.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: processEnvironment().PATH ?? '',
        HOME: processEnvironment().HOME ?? '',
        PORT: String(port),
        AUDIT_DB: join(dir, 'audit.db'),
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `${model.url}/v1`,
        OPENAI_MODEL: 'fake-model',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    try {
      const deadline = Date.now() + 45_000;
      while (!stdout.includes('lyssnar')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`boten startade inte: ${stdout}\n${stderr}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
      // A group chat with an @mention: answered in one message (streaming is for personal chat only).
      const question = {
        ...message('Hur mycket fick ASN 2024?', 'conv-sigterm'),
        conversation: { id: 'conv-sigterm', conversationType: 'groupChat' },
        text: '<at>Boten</at> Hur mycket fick ASN 2024?',
        entities: [{ type: 'mention', text: '<at>Boten</at>', mentioned: { id: 'bot', name: 'Boten' } }],
      };
      const inFlight = post(port, question);
      while (model.requests.length === 0) {
        if (Date.now() > deadline) throw new Error('modellen anropades aldrig');
        await new Promise((wait) => setTimeout(wait, 20));
      }
      child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(replyTexts(response.body).join('\n')).toContain('Se tabellen från verktyget.');
      expect(await exited).toBe(0);
      expect(stdout).toMatch(/SIGTERM/);
      await expect(post(port, message('efteråt'))).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await model.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
