import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { loadDataset } from '../data/load-dataset.js';
import type { Dataset } from '../domain/dataset.js';
import { silentLogger } from './bot-logger.js';
import { datasetDrafter } from './bot-service.js';
import { createBotApp } from './create-bot-app.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';

/**
 * Prompt injection through a submission's Markdown (issue 14): a förvaltning's free text with a link,
 * an image, a bare address and raw HTML reaches Teams through the real embedded assistant and drafter,
 * and comes out as text — nothing a client would make clickable or fetch.
 */

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const HOSTILE =
  'Vi samverkade med [klicka här](https://evil.example/login) och ![x](http://evil.example/pixel.png) samt ' +
  '<a href="https://evil.example/a">portalen</a> <img src=x onerror=alert(1)> och www.evil.example/start för mer om vårt internationella utbyte.';

/** Everything the bot sent, as one JSON text: message text, cards, citations. */
function sentJson(activities: Partial<Activity>[]): string {
  return JSON.stringify(activities.map(({ text, attachments, entities }) => ({ text, attachments, entities })));
}

function expectInert(json: string, html = true): void {
  expect(json).not.toMatch(/\]\(/);
  expect(json).not.toMatch(/!\[/);
  expect(json).not.toMatch(/https?:\/\/evil/);
  expect(json).not.toMatch(/www\.evil/);
  // Cards show HTML as characters (no HTML in Adaptive Cards); messages must not carry tags.
  if (html) expect(json).not.toMatch(/<a\b|<img\b/i);
  expect(json).not.toMatch(/evil\.example/);
}

let root: string;
let dataset: Dataset;
let forvaltning: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'markup-'));
  const dataDir = join(root, 'data');
  cpSync(join(PROJECT_ROOT, 'data'), dataDir, { recursive: true });
  const file = join(dataDir, '2024', 'underlag', 'kulturforvaltningen.md');
  const text = readFileSync(file, 'utf8').replace(/(## Internationellt arbete under året\s*\n)/, `$1\n${HOSTILE}\n\n`);
  expect(text).toContain(HOSTILE);
  writeFileSync(file, text);
  dataset = loadDataset(dataDir);
  forvaltning = dataset.years.flatMap((year) => year.submissions).find((submission) => JSON.stringify(submission).includes('evil.example'))!.forvaltning;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function bot() {
  const assistant = createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset, { cacheDir: null }) });
  const app = createBotApp({ assistant, drafter: datasetDrafter(dataset), feedbackRecorder: new MemoryFeedbackRecorder(), logger: silentLogger, auth: {} });
  const adapter = new TestAdapter(async (context) => app.run(context));
  return async (text: string): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'message',
      text,
      channelId: 'msteams',
      from: { id: 'user-1', name: 'Anna' },
      recipient: { id: 'bot', name: 'bot' },
      conversation: { id: 'conv', conversationType: 'personal', isGroup: false, name: '' },
    } as Partial<Activity>);
    return adapter.activeQueue.splice(0);
  };
}

describe('submission Markdown in Teams', () => {
  it('an answer that quotes the passage shows its links, images and HTML as text', async () => {
    const assistant = createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset, { cacheDir: null }) });
    const question = 'Vilka har samverkat om internationellt utbyte via portalen?';
    // The assistant itself quotes the hostile passage: the bot is the boundary that must neutralise it.
    const direct = await assistant.answer(question, { context: null, turns: [] });
    expect(JSON.stringify(direct.answer)).toMatch(/evil\.example/);

    const sent = await bot()(question);
    expect(sent.some((activity) => activity.type === 'message')).toBe(true);
    const json = sentJson(sent);
    expectInert(json);
    // The words stay readable: the label and the address, defanged.
    expect(json).toMatch(/evil\[\.\]example/);
  }, 60_000);

  it('a drafted paragraph from that submission shows it as text', async () => {
    const sent = await bot()(`utkast ${forvaltning}`);
    const json = sentJson(sent);
    expect(json).toMatch(/Utkast/);
    expectInert(json, false);
    expect(JSON.stringify(sent.map((activity) => activity.text))).not.toMatch(/<a\b|<img\b/i);
  }, 60_000);
});
