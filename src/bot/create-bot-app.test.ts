import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { emptyMemory, type Assistant, type AssistantAnswer, type ConversationMemory } from '../assistant/answer.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardBytes, MAX_CARD_BYTES, type AdaptiveCard } from './adaptive-card.js';
import { silentLogger } from './bot-logger.js';
import { createBotApp, type AnsweredTurn, type BotDeps } from './create-bot-app.js';
import type { BotDrafter } from './draft-card.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';

/** A scripted assistant: records every call and answers from what the test gives it. */
class FakeAssistant implements Assistant {
  readonly calls: Array<{ question: string; memory: ConversationMemory }> = [];
  constructor(private readonly respond: (question: string, memory: ConversationMemory) => Partial<AssistantAnswer>) {}
  async answer(question: string, memory: ConversationMemory) {
    this.calls.push({ question, memory: structuredClone(memory) });
    const partial = this.respond(question, memory);
    const answer: AssistantAnswer = {
      question,
      answer: `Svar på: ${question}`,
      mode: 'embedded',
      year: 2024,
      language: 'sv',
      toolCalls: [],
      sources: [],
      tables: [],
      charts: [],
      suggestions: [],
      ...partial,
    };
    const next: ConversationMemory = {
      context: { lastQuestion: question, turn: memory.turns.length / 2 + 1 },
      turns: [...memory.turns, { role: 'user', text: question }, { role: 'assistant', text: answer.answer }],
    };
    return { answer, memory: next };
  }
}

const BOT = { id: 'bot-id', name: 'Internationellt arbete' };
const USER = { id: 'user-1', name: 'Anna', aadObjectId: 'aad-user-1' };

function setup(respond: ConstructorParameters<typeof FakeAssistant>[0], extra: Partial<BotDeps> = {}) {
  const assistant = new FakeAssistant(respond);
  const feedbackRecorder = new MemoryFeedbackRecorder();
  const bot = createBotApp({ assistant, feedbackRecorder, logger: silentLogger, auth: {}, ...extra });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      channelId: 'msteams',
      from: USER,
      recipient: BOT,
      conversation: { id: 'conv-personal', conversationType: 'personal', isGroup: false, name: '' },
      ...activity,
    } as Partial<Activity>);
    return adapter.activeQueue.splice(0);
  };
  const say = (text: string, activity: Partial<Activity> = {}) => send({ type: 'message', text, ...activity });
  return { assistant, feedbackRecorder, bot, adapter, send, say };
}

const messages = (activities: Partial<Activity>[]) => activities.filter((activity) => activity.type === 'message');
const cardsOf = (activity: Partial<Activity>) =>
  (activity.attachments ?? []).filter((attachment) => attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE).map((attachment) => attachment.content as AdaptiveCard);

function projectsTable(count: number): AssistantAnswer['tables'][number] {
  return {
    title: 'Interreg-projekt 2024',
    columns: [
      { key: 'name', label: 'Projekt' },
      { key: 'programme', label: 'Program' },
      { key: 'namnd', label: 'Nämnd' },
      { key: 'role', label: 'Roll' },
      { key: 'period', label: 'Period' },
      { key: 'paid', label: 'Utbetalt 2024', align: 'right' },
    ],
    rows: Array.from({ length: count }, (_, index) => ({
      name: `Projekt nummer ${index + 1} med ett ganska långt namn`,
      programme: 'Interreg Öresund-Kattegat-Skagerrak',
      namnd: 'Arbetsmarknads- och socialnämnden',
      role: index % 2 === 0 ? 'Projektägare' : 'Projektpart',
      period: '2023-01-01 – 2026-12-31',
      paid: `${(index + 1) * 10} 000 kr`,
    })),
  };
}

describe('createBotApp (turns through TestAdapter)', () => {
  it('welcomes with example questions when the bot is added, not when someone else joins', async () => {
    const { send } = setup(() => ({}));
    const welcome = messages(await send({ type: 'conversationUpdate', membersAdded: [BOT, USER] }));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.text).toContain('Hur mycket fick ASN 2024?');
    expect(welcome[0]?.text).toContain('hjälp');
    // The examples as Action.Submit buttons: they work in channels too, where suggested actions do not.
    const buttons = cardsOf(welcome[0] ?? {})[0]?.actions as Array<{ type: string; title: string; data: { question: string } }>;
    expect(buttons.map((button) => button.type)).toEqual(Array(buttons.length).fill('Action.Submit'));
    expect(buttons.map((button) => button.data.question)).toContain('Vilka Interreg-projekt finns?');
    expect(buttons.map((button) => button.data.question)).toContain('utkast Miljöförvaltningen');

    const otherJoined = await send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-2', name: 'Bo' }] });
    expect(messages(otherJoined)).toHaveLength(0);
  });

  it('shows typing at once, then answers with citations and feedback buttons (no AI label for embedded answers)', async () => {
    const { say, assistant } = setup(() => ({
      answer: 'ASN fick 25 660 000 kr 2024.',
      sources: [
        { title: 'Projektlista 2024', ref: '2024/projects.json' },
        { title: 'Tabell per nämnd', ref: '2024/published.json#namnder' },
      ],
      suggestions: ['Och 2023?', 'Vilka projekt har ASN?'],
    }));
    const replies = await say('Hur mycket fick ASN 2024?');
    expect(replies[0]?.type).toBe('typing');
    expect(assistant.calls[0]?.question).toBe('Hur mycket fick ASN 2024?');
    const [answer, suggestions] = messages(replies);
    expect(answer?.text).toMatch(/^ASN fick 25 660 000 kr 2024\./);
    expect(answer?.text).toContain('[1]');
    expect(answer?.text).toContain('[2]');
    const entity = answer?.entities?.[0] as unknown as Record<string, unknown> & { citation: Array<{ position: number; appearance: { name: string; abstract: string } }> };
    expect(entity.type).toBe('https://schema.org/Message');
    expect(entity.citation.map((citation) => citation.position)).toEqual([1, 2]);
    expect(entity.citation[1]?.appearance.name).toBe('Tabell per nämnd');
    expect(entity.citation[1]?.appearance.abstract).toContain('2024/published.json#namnder');
    expect(entity.additionalType).toBeUndefined();
    expect(answer?.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(answer?.suggestedActions).toBeUndefined();
    expect(suggestions?.text).toBe('Du kan också fråga:');
    expect(suggestions?.suggestedActions?.actions.map((action) => action.value)).toEqual(['Och 2023?', 'Vilka projekt har ASN?']);
  });

  it('labels model-written answers as AI generated and cites at most ten sources', async () => {
    const { say } = setup(() => ({
      mode: 'model',
      sources: Array.from({ length: 14 }, (_, index) => ({ title: `Underlag ${index + 1}`, ref: `2024/underlag/${index + 1}.md` })),
    }));
    const [answer] = messages(await say('Berätta om kulturförvaltningens arbete'));
    const entity = answer?.entities?.[0] as unknown as { additionalType?: string[]; citation: unknown[] };
    expect(entity.additionalType).toEqual(['AIGeneratedContent']);
    expect(entity.citation).toHaveLength(10);
  });

  it('sends a project list as Adaptive Card tables, paged so each message stays under the size limit', async () => {
    const table = projectsTable(120);
    const { say } = setup(() => ({ tables: [table], suggestions: ['Visa per nämnd'] }));
    const replies = messages(await say('Vilka Interreg-projekt finns?'));
    expect(replies.length).toBeGreaterThan(1);
    const cards = replies.flatMap(cardsOf);
    expect(cards.length).toBe(replies.length - 1);
    const renderedRows: string[] = [];
    for (const card of cards) {
      expect(card.version).toBe('1.5');
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      const tableElement = card.body.find((element) => element.type === 'Table') as { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> };
      const [header, ...rows] = tableElement.rows;
      expect(header?.cells.map((cell) => cell.items[0]?.text)).toEqual(['Projekt', 'Program', 'Nämnd', 'Roll', 'Period', 'Utbetalt 2024']);
      renderedRows.push(...rows.map((row) => row.cells[0]?.items[0]?.text ?? ''));
    }
    expect(renderedRows).toEqual(table.rows.map((row) => row.name));
    expect(JSON.stringify(cards[0])).toContain(`(sida 1 av ${cards.length})`);
    // Suggestions only on the last message, where Teams shows them.
    expect(replies.at(-1)?.suggestedActions?.actions[0]?.title).toBe('Visa per nämnd');
    expect(replies[0]?.suggestedActions).toBeUndefined();
  });

  it('draws funding per nämnd as a bar chart with the table as fallback', async () => {
    const { say } = setup(() => ({
      charts: [{ title: 'Utbetalt per nämnd 2024', xLabel: 'Nämnd', yLabel: 'Kronor', bars: [{ label: 'ASN', value: 25_660_000 }, { label: 'MN', value: 3_100_000 }] }],
    }));
    const [answer] = messages(await say('Hur mycket fick varje nämnd?'));
    const chart = cardsOf(answer ?? {})[0]?.body.find((element) => String(element.type).startsWith('Chart.')) as {
      type: string;
      data: Array<{ x: string; y: number }>;
      fallback: { type: string; rows: unknown[] };
    };
    expect(chart.type).toBe('Chart.VerticalBar');
    expect(chart.data).toEqual([{ x: 'ASN', y: 25_660_000 }, { x: 'MN', y: 3_100_000 }]);
    expect(chart.fallback.type).toBe('Table');
    expect(JSON.stringify(chart.fallback)).toContain('25 660 000');
  });

  it('keeps the conversation memory between turns, so follow-ups get the earlier context', async () => {
    const { say, assistant } = setup(() => ({}));
    await say('Hur mycket fick ASN 2024?');
    await say('och 2023?');
    expect(assistant.calls[0]?.memory).toEqual(emptyMemory());
    expect(assistant.calls[1]?.memory.context).toEqual({ lastQuestion: 'Hur mycket fick ASN 2024?', turn: 1 });
    expect(assistant.calls[1]?.memory.turns.map((turn) => turn.text)).toEqual(['Hur mycket fick ASN 2024?', 'Svar på: Hur mycket fick ASN 2024?']);
  });

  it('in a channel answers only when @mentioned, with the mention removed from the question', async () => {
    const { say, assistant } = setup(() => ({}));
    const channel = { conversation: { id: 'conv-channel', conversationType: 'channel', isGroup: true, name: 'General' } } as Partial<Activity>;

    const unmentioned = await say('Vilka Interreg-projekt finns?', channel);
    expect(unmentioned).toHaveLength(0);
    expect(assistant.calls).toHaveLength(0);

    const mentioned = await say(`<at>${BOT.name}</at> Vilka Interreg-projekt finns?`, {
      ...channel,
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    });
    expect(assistant.calls.map((call) => call.question)).toEqual(['Vilka Interreg-projekt finns?']);
    expect(messages(mentioned)[0]?.text).toContain('Svar på: Vilka Interreg-projekt finns?');
    // No typing indicator in a channel thread (the Playground loses the reply after one).
    expect(mentioned.some((activity) => activity.type === 'typing')).toBe(false);

    // No suggested actions in a channel (Teams shows them as "Invalid message" there), not even in the welcome.
    const suggesting = setup(() => ({ suggestions: ['Och 2023?'] }));
    const channelReplies = messages(
      await suggesting.say(`<at>${BOT.name}</at> Hur mycket fick ASN?`, { ...channel, entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] }),
    );
    expect(channelReplies).toHaveLength(1);
    expect(channelReplies.some((reply) => reply.suggestedActions)).toBe(false);
    const channelWelcome = messages(await suggesting.send({ type: 'conversationUpdate', membersAdded: [BOT], ...channel }));
    expect(channelWelcome).toHaveLength(1);
    expect(channelWelcome[0]?.suggestedActions).toBeUndefined();

    const otherMentioned = await say('<at>Bo</at> Vilka Interreg-projekt finns?', {
      ...channel,
      entities: [{ type: 'mention', text: '<at>Bo</at>', mentioned: { id: 'user-2', name: 'Bo' } }],
    });
    expect(otherMentioned).toHaveLength(0);
  });

  it('records thumbs up/down feedback with the comment, user, conversation and message', async () => {
    const { send, feedbackRecorder } = setup(() => ({}));
    const replies = await send({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: 'bot-message-7',
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Fel år' }) } },
    });
    expect(feedbackRecorder.entries).toHaveLength(1);
    expect(feedbackRecorder.entries[0]).toMatchObject({
      reaction: 'dislike',
      feedback: 'Fel år',
      user: 'aad-user-1',
      conversation: 'conv-personal',
      replyTo: 'bot-message-7',
    });
    expect(replies.find((activity) => activity.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
  });

  it('answers an example button (Action.Submit: a value, no text), also unmentioned in a channel', async () => {
    const { send, assistant } = setup(() => ({}));
    const personal = messages(await send({ type: 'message', value: { question: 'Vilka Interreg-projekt finns?' } }));
    expect(personal[0]?.text).toContain('Svar på: Vilka Interreg-projekt finns?');
    const inChannel = messages(
      await send({ type: 'message', value: { question: 'Vilken nämnd har flest projekt?' }, conversation: { id: 'conv-channel', conversationType: 'channel', isGroup: true, name: 'General' } } as Partial<Activity>),
    );
    expect(inChannel[0]?.text).toContain('Svar på: Vilken nämnd har flest projekt?');
    expect(assistant.calls.map((call) => call.question)).toEqual(['Vilka Interreg-projekt finns?', 'Vilken nämnd har flest projekt?']);
  });

  it('answers the hjälp and exempel commands itself, without the assistant', async () => {
    const { say, assistant } = setup(() => ({}));
    expect(messages(await say('hjälp'))[0]?.text).toContain('utkast');
    const examples = messages(await say('exempel'))[0];
    expect(JSON.stringify(cardsOf(examples ?? {})[0]?.actions)).toContain('Vilka Interreg-projekt finns?');
    expect(assistant.calls).toHaveLength(0);
  });

  it('drafts a paragraph by command and returns it with its sources in a card', async () => {
    const requested: string[] = [];
    const drafter: BotDrafter = {
      async draft(forvaltning) {
        requested.push(forvaltning);
        return {
          forvaltning: 'Miljöförvaltningen',
          year: 2024,
          paragraph: 'Miljöförvaltningen deltog i LIFE-projekt.\n\nDen leder också ett nätverk.',
          sources: [{ title: 'Underlag Miljöförvaltningen 2024', ref: '2024/underlag/miljoforvaltningen.md#internationellt-arbete' }],
        };
      },
    };
    const { say } = setup(() => ({}), { drafter });
    const [reply] = messages(await say('utkast Miljöförvaltningen'));
    expect(requested).toEqual(['Miljöförvaltningen']);
    const card = JSON.stringify(cardsOf(reply ?? {})[0]);
    expect(card).toContain('Utkast: Miljöförvaltningen 2024');
    expect(card).toContain('Den leder också ett nätverk.');
    expect(card).toContain('2024/underlag/miljoforvaltningen.md#internationellt-arbete');

    const failing = setup(() => ({}), { drafter: { draft: async () => Promise.reject(new Error('förvaltningen finns inte')) } });
    expect(messages(await failing.say('utkast Okänd'))[0]?.text).toContain('förvaltningen finns inte');
    expect(messages(await failing.say('utkast'))[0]?.text).toContain('utkast Miljöförvaltningen');
  });

  it('tells the user when the assistant fails, and keeps serving the next turn', async () => {
    let fail = true;
    const { say } = setup(() => {
      if (fail) throw new Error('boom');
      return {};
    });
    expect(messages(await say('Hur mycket fick ASN 2024?'))[0]?.text).toContain('Något gick fel');
    fail = false;
    expect(messages(await say('Hur mycket fick ASN 2024?'))[0]?.text).toContain('Svar på');
  });

  it('streams model answers in personal chat: informative update, then a final message with citations and the AI label', async () => {
    const { say } = setup(
      () => ({ mode: 'model', answer: 'ASN fick 25 660 000 kr. Det är mest av alla nämnder.', sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }] }),
      { streaming: true },
    );
    const replies = await say('Hur mycket fick ASN 2024?');
    const streamTypes = replies.map((activity) => (activity.channelData as { streamType?: string } | undefined)?.streamType);
    expect(streamTypes[0]).toBe('informative');
    expect(streamTypes.at(-1)).toBe('final');
    expect(replies.some((activity) => activity.type === 'typing' && !activity.channelData)).toBe(false);
    const final = replies.at(-1);
    expect(final?.type).toBe('message');
    expect(final?.text).toContain('ASN fick 25 660 000 kr.');
    expect(final?.text).toContain('[1]');
    expect(final?.channelData).toMatchObject({ feedbackLoopEnabled: true });
    const aiEntity = (final?.entities ?? []).find((entity) => (entity as { additionalType?: string[] }).additionalType) as unknown as {
      citation: Array<{ position: number; appearance: { name: string } }>;
    };
    expect(aiEntity.citation[0]).toMatchObject({ position: 1, appearance: { name: 'Projektlista 2024' } });
  }, 30_000);

  it('answers with ordinary messages when the client refuses the stream, without an unhandled rejection', async () => {
    const assistant = new FakeAssistant(() => ({ mode: 'model', answer: 'ASN fick mest.' }));
    // A model takes a while: the refused "informative" update fails while the assistant is still working.
    const slow: Assistant = { answer: async (question, memory) => (await new Promise((resolve) => setTimeout(resolve, 200)), assistant.answer(question, memory)) };
    const { bot } = setup(() => ({}), { streaming: true, assistant: slow });
    const adapter = new TestAdapter(async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        if (activities.some((activity) => (activity.channelData as { streamType?: string } | undefined)?.streamType)) {
          throw new Error('405 streaming not supported');
        }
        return next();
      });
      await bot.run(context);
    });
    await adapter.processActivity({
      type: 'message', text: 'Hur mycket fick ASN 2024?', channelId: 'msteams', from: USER, recipient: BOT,
      conversation: { id: 'conv-personal', conversationType: 'personal', isGroup: false, name: '' },
    } as Partial<Activity>);
    expect(assistant.calls).toHaveLength(1);
    const replies = messages(adapter.activeQueue.splice(0));
    expect(replies[0]?.text).toContain('ASN fick mest.');
    expect(replies[0]?.channelData).toMatchObject({ feedbackLoopEnabled: true });
  }, 30_000);

  it('never streams in a channel (Teams answers 405 there), even with a model', async () => {
    const { say } = setup(() => ({ mode: 'model' }), { streaming: true });
    const replies = await say(`<at>${BOT.name}</at> Vilka projekt finns?`, {
      conversation: { id: 'conv-channel', conversationType: 'channel', isGroup: true, name: 'General' },
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    } as Partial<Activity>);
    expect(replies.every((activity) => !(activity.channelData as { streamType?: string } | undefined)?.streamType)).toBe(true);
    expect(messages(replies)[0]?.text).toContain('Svar på: Vilka projekt finns?');
  });

  it('reports each answered turn (for the audit log) with user, conversation, latency and the reply id', async () => {
    const turns: AnsweredTurn[] = [];
    const { say } = setup(() => ({ mode: 'embedded' }), { onAnswered: (turn) => void turns.push(turn) });
    const replies = await say('Hur mycket fick ASN 2024?');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ user: 'aad-user-1', conversation: 'conv-personal', conversationType: 'personal', question: 'Hur mycket fick ASN 2024?' });
    expect(turns[0]?.answer.answer).toBe('Svar på: Hur mycket fick ASN 2024?');
    expect(turns[0]?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(turns[0]?.replyId).toBe(messages(replies)[0]?.id ?? null);
  });
});
