import { TestAdapter, type Activity } from 'botbuilder';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant/answer.js';
import { loadDataset } from '../data/load-dataset.js';
import { AccessPolicy } from '../limits/access-policy.js';
import { TurnGuard } from '../limits/turn-guard.js';
import { parseBotCommand } from './bot-command.js';
import { silentLogger } from './bot-logger.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';
import { createGuardedBotApp } from './guarded-bot-app.js';
import { reportText } from './report-card.js';
import { createDatasetReporter } from './report-reporter.js';

const BOT = { id: 'bot-id', name: 'Internationellt arbete' };
const HANDLAGGARE = { id: '29:allowed', name: 'Anna Handläggare', aadObjectId: 'aad-allowed' };
const POLITIKER = { id: '29:other', name: 'Bo Politiker', aadObjectId: 'aad-other' };
const dataset = loadDataset(join(resolve(import.meta.dirname, '..', '..'), 'data'));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const assistant: Assistant = { async answer() { throw new Error('the report must not go to the assistant'); } };

function setup() {
  const bot = createGuardedBotApp({
    assistant, feedbackRecorder: new MemoryFeedbackRecorder(), logger: silentLogger, auth: {},
    reporter: createDatasetReporter(() => dataset),
    turnGuard: new TurnGuard({ rate: { perUser: { capacity: 100, refillPerSecond: 100 }, perConversation: { capacity: 100, refillPerSecond: 100 } }, work: { maxInFlight: 2, maxQueued: 2, queueTimeoutMs: 1000 }, maxQuestionLength: 200, turnTimeoutMs: 30_000 }),
    accessPolicy: new AccessPolicy({ allowedUsers: [HANDLAGGARE.aadObjectId], openWhenUnconfigured: false }),
    auditLog: null,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return async (text: string, from: typeof HANDLAGGARE): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: 'message', text, channelId: 'msteams', from, recipient: BOT, conversation: { id: 'c1', conversationType: 'personal', isGroup: false, name: '' } } as Partial<Activity>);
    return adapter.activeQueue.splice(0).filter((activity) => activity.type === 'message');
  };
}

describe('the report in Teams', () => {
  it('reads the Swedish and English requests', () => {
    expect(parseBotCommand('skriv redovisningen för 2024')).toEqual({ kind: 'report', year: 2024 });
    expect(parseBotCommand('Write the 2024 report')).toEqual({ kind: 'report', year: 2024 });
    expect(parseBotCommand('skriv årets redovisning')).toEqual({ kind: 'report', year: null });
    expect(parseBotCommand('vad står i redovisningen för 2024?').kind).toBe('question');
  });

  it('gives an authorised handläggare the Word file as a download card', async () => {
    const say = setup();
    const [reply] = await say('skriv redovisningen för 2024', HANDLAGGARE);
    expect(reply?.text).toMatch(/utkastet till Redovisning av internationellt arbete 2024/);
    const card = reply?.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content)).toMatch(/60 EU-projekt, 9 nämnder, 50 468 000 kr/);
    expect(JSON.stringify(card?.content)).toMatch(/633 531/);
    const file = reply?.attachments?.find((attachment) => attachment.contentType === DOCX);
    expect(file?.name).toBe('redovisning-internationellt-arbete-2024.docx');
    const bytes = Buffer.from(String(file?.contentUrl).split(',')[1] ?? '', 'base64');
    const { default: mammoth } = await import('mammoth');
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toMatch(/Under 2024 var antalet EU-projekt 60/);
  }, 30_000);

  it('the English request works too', async () => {
    const [reply] = await setup()('write the 2024 report', HANDLAGGARE);
    expect(reply?.attachments?.some((attachment) => attachment.contentType === DOCX)).toBe(true);
  }, 30_000);

  it('tells a politician the report draft is for handläggare, with no file', async () => {
    const replies = await setup()('skriv redovisningen för 2024', POLITIKER);
    expect(replies.map((reply) => reply.text)).toEqual([reportText.refused]);
    expect(replies.flatMap((reply) => reply.attachments ?? [])).toEqual([]);
  });
});
