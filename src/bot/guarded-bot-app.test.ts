import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Assistant, AssistantAnswer, ConversationMemory } from '../assistant/answer.js';
import { StoreAuditLog } from '../audit/audit-log.js';
import { createPseudonymiser } from '../audit/pseudonymiser.js';
import { SqliteAuditStore } from '../audit/sqlite-audit-store.js';
import { AccessPolicy } from '../limits/access-policy.js';
import { TurnGuard, type TurnGuardSettings } from '../limits/turn-guard.js';
import { silentLogger } from './bot-logger.js';
import type { BotDrafter } from './draft-card.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';
import { createGuardedBotApp } from './guarded-bot-app.js';

const BOT = { id: 'bot-id', name: 'Internationellt arbete' };
const ALLOWED = { id: '29:allowed', name: 'Anna Handläggare', aadObjectId: 'aad-allowed' };
const OTHER = { id: '29:other', name: 'Bo Politiker', aadObjectId: 'aad-other' };

type Respond = (question: string) => Partial<AssistantAnswer> | Promise<Partial<AssistantAnswer>>;

class ScriptedAssistant implements Assistant {
  readonly questions: string[] = [];
  constructor(private readonly respond: Respond = () => ({})) {}
  async answer(question: string, memory: ConversationMemory) {
    this.questions.push(question);
    const partial = await this.respond(question);
    const answer: AssistantAnswer = {
      question,
      answer: `Svar på: ${question}`,
      mode: 'embedded',
      year: 2024,
      language: 'sv',
      toolCalls: [{ tool: 'sum_funding', args: { namnd: 'asn' } }],
      sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }],
      tables: [],
      charts: [],
      suggestions: [],
      ...partial,
    };
    return { answer, memory: { context: { last: question }, turns: [...memory.turns, { role: 'user' as const, text: question }] } };
  }
}

function settings(overrides: Partial<TurnGuardSettings> = {}): TurnGuardSettings {
  return {
    rate: { perUser: { capacity: 100, refillPerSecond: 100 }, perConversation: { capacity: 100, refillPerSecond: 100 } },
    work: { maxInFlight: 4, maxQueued: 4, queueTimeoutMs: 1000 },
    maxQuestionLength: 200,
    turnTimeoutMs: 2000,
    ...overrides,
  };
}

function setup(options: { respond?: Respond; guard?: Partial<TurnGuardSettings>; drafter?: BotDrafter } = {}) {
  const assistant = new ScriptedAssistant(options.respond);
  const auditLog = new StoreAuditLog({ store: new SqliteAuditStore(':memory:'), pseudonymiser: createPseudonymiser('test-secret-0123456789') });
  const drafted: string[] = [];
  const drafter: BotDrafter = options.drafter ?? {
    async draft(forvaltning) {
      drafted.push(forvaltning);
      return { forvaltning, year: 2024, paragraph: `UTKASTTEXT om ${forvaltning}.`, sources: [{ title: 'Underlag', ref: '2024/underlag/x.md' }] };
    },
  };
  const turnGuard = new TurnGuard(settings(options.guard));
  const bot = createGuardedBotApp({
    assistant,
    drafter,
    feedbackRecorder: new MemoryFeedbackRecorder(),
    logger: silentLogger,
    auth: {},
    turnGuard,
    accessPolicy: new AccessPolicy({ allowedUsers: [ALLOWED.aadObjectId], openWhenUnconfigured: false }),
    auditLog,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      channelId: 'msteams',
      from: OTHER,
      recipient: BOT,
      conversation: { id: 'conv-personal', conversationType: 'personal', isGroup: false, name: '' },
      ...activity,
    } as Partial<Activity>);
    return adapter.activeQueue.splice(0);
  };
  const say = (text: string, activity: Partial<Activity> = {}) => send({ type: 'message', text, ...activity });
  const texts = (activities: Partial<Activity>[]) => activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
  return { assistant, auditLog, drafted, turnGuard, adapter, send, say, texts };
}

describe('createGuardedBotApp', () => {
  it('answers and writes a pseudonymised audit record with tools, sources, mode and the reply id; feedback links to it', async () => {
    const { say, send, auditLog } = setup();
    const replies = await say('Hur mycket fick ASN 2024?');
    const answer = replies.find((activity) => activity.type === 'message' && (activity.channelData as { feedbackLoopEnabled?: boolean })?.feedbackLoopEnabled);
    expect(answer?.text).toContain('Svar på: Hur mycket fick ASN 2024?');
    await send({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer?.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: 'Tydligt' }) } },
    });
    const rows = await auditLog.exportSince(new Date(Date.now() - 60_000));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.answer).toMatchObject({
      question: 'Hur mycket fick ASN 2024?',
      conversationType: 'personal',
      mode: 'embedded',
      outcome: 'answered',
      toolCalls: [{ tool: 'sum_funding', args: { namnd: 'asn' } }],
      sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }],
      replyId: answer?.id,
    });
    expect(row?.answer.user).not.toContain('aad-other');
    expect(row?.answer.user).toMatch(/^[0-9a-f]{32}$/);
    expect(row?.feedback).toMatchObject({ reaction: 'like', text: 'Tydligt' });
  });

  it('rate-limits a user with a friendly "vänta en stund" and without calling the assistant', async () => {
    const { say, texts, assistant, auditLog } = setup({ guard: { rate: { perUser: { capacity: 2, refillPerSecond: 0.01 }, perConversation: { capacity: 100, refillPerSecond: 1 } } } });
    await say('Fråga ett');
    await say('Fråga två');
    const refused = texts(await say('Fråga tre'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/vänta en stund/);
    expect(assistant.questions).toEqual(['Fråga ett', 'Fråga två']);
    const outcomes = (await auditLog.exportSince(new Date(0))).map((row) => row.answer.outcome);
    expect(outcomes).toEqual(['answered', 'answered', 'rate-limited']);
  });

  it('refuses a too long question politely', async () => {
    const { say, texts, assistant } = setup({ guard: { maxQuestionLength: 20 } });
    expect(texts(await say('Hur mycket fick alla nämnder tillsammans under 2024?'))[0]).toMatch(/Frågan är för lång/);
    expect(assistant.questions).toEqual([]);
  });

  it('drafts only for users on the list; others get a polite refusal and no draft text', async () => {
    const { say, texts, drafted } = setup();
    const refused = await say('utkast Miljöförvaltningen');
    expect(texts(refused).join('\n')).toMatch(/behörighet/);
    expect(JSON.stringify(refused)).not.toContain('UTKASTTEXT');
    expect(drafted).toEqual([]);
    const allowed = await say('utkast Miljöförvaltningen', { from: ALLOWED });
    expect(JSON.stringify(allowed)).toContain('UTKASTTEXT om Miljöförvaltningen');
  });

  it('in a channel, draft text appears only when an allowed user asks there', async () => {
    const { say, drafted } = setup();
    const channel = (from: typeof ALLOWED) => ({
      from,
      conversation: { id: 'conv-channel', conversationType: 'channel', isGroup: true, name: 'Allmänt' },
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    }) as Partial<Activity>;
    const byOther = await say(`<at>${BOT.name}</at> utkast Kulturförvaltningen`, channel(OTHER));
    expect(JSON.stringify(byOther)).not.toContain('UTKASTTEXT');
    expect(JSON.stringify(byOther)).toMatch(/behörighet/);
    const byAllowed = await say(`<at>${BOT.name}</at> utkast Kulturförvaltningen`, channel(ALLOWED));
    expect(JSON.stringify(byAllowed)).toContain('UTKASTTEXT om Kulturförvaltningen');
    expect(drafted).toEqual(['Kulturförvaltningen']);
  });

  it('replaces an answer that used a drafting tool when the user may not draft', async () => {
    const { say, texts } = setup({ respond: () => ({ answer: 'UTKASTTEXT från modellen', toolCalls: [{ tool: 'draft_paragraph', args: {} }] }) });
    const other = texts(await say('Skriv exempeltexten för Kulturförvaltningen'));
    expect(other.join('\n')).not.toContain('UTKASTTEXT');
    expect(other.join('\n')).toMatch(/behörighet/);
    const allowed = texts(await say('Skriv exempeltexten för Kulturförvaltningen', { from: ALLOWED }));
    expect(allowed.join('\n')).toContain('UTKASTTEXT från modellen');
  });

  it('refuses a file upload (handing in a submission) from a user not on the list', async () => {
    const { send, texts } = setup();
    const replies = await send({
      type: 'message',
      text: '',
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'kultur.xlsx', content: { downloadUrl: 'https://example.invalid/x' } }],
    });
    expect(texts(replies).join('\n')).toMatch(/underlag/);
  });

  it('a crash in one turn gives a polite message and the next turn is answered', async () => {
    let crash = true;
    const { say, texts, auditLog } = setup({
      respond: () => {
        if (crash) return { tables: null as unknown as [] };
        return {};
      },
    });
    const failed = texts(await say('Vilka Interreg-projekt finns?'));
    expect(failed.join('\n')).toMatch(/gick fel/);
    crash = false;
    expect(texts(await say('Vilka Interreg-projekt finns?')).join('\n')).toContain('Svar på: Vilka Interreg-projekt finns?');
    const outcomes = (await auditLog.exportSince(new Date(0))).map((row) => row.answer.outcome);
    expect(outcomes).toEqual(['error', 'answered']);
  });

  it('a turn that takes too long gets a polite timeout message and its late answer is dropped', async () => {
    let release!: () => void;
    const { say, texts, turnGuard, adapter } = setup({
      guard: { turnTimeoutMs: 50 },
      respond: (question) => (question === 'långsam' ? new Promise((resolve) => (release = () => resolve({ answer: 'SENT SVAR' }))) : {}),
    });
    const replies = texts(await say('långsam'));
    expect(replies.join('\n')).toMatch(/för lång tid/);
    expect(turnGuard.workLimiter.inFlight).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(turnGuard.workLimiter.inFlight).toBe(0);
    expect(JSON.stringify(adapter.activeQueue)).not.toContain('SENT SVAR');
    expect(texts(await say('snabb')).join('\n')).toContain('Svar på: snabb');
  });

  it('ignores unknown activity types without replying or failing', async () => {
    const { send, assistant } = setup();
    expect(await send({ type: 'somethingNew', text: 'hej' })).toEqual([]);
    expect(assistant.questions).toEqual([]);
  });
});
