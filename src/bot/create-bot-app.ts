import { ActivityTypes, MemoryStorage, TurnContext, type Activity, type Storage } from 'botbuilder';
import { Application, StreamingResponse, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { emptyMemory, type Assistant, type AssistantAnswer, type ConversationMemory } from '../assistant/answer.js';
import { answerActivities, answerText, packAttachments, answerCards, suggestionsActivity } from './answer-activities.js';
import { createTeamsAdapter, isAuthConfigured, type BotAuthConfig } from './bot-auth.js';
import { reuseOutboundClients } from './reuse-outbound-clients.js';
import { parseBotCommand } from './bot-command.js';
import type { BotLogger } from './bot-logger.js';
import { botText, EXAMPLE_QUESTIONS } from './bot-text.js';
import { citeSources, MAX_CITATIONS } from './citations.js';
import { draftActivity, type BotDrafter } from './draft-card.js';
import type { FeedbackRecorder } from './feedback-recorder.js';
import { submittedQuestion, textWithExamples } from './examples-card.js';
import { keepEntityProperties } from './keep-entity-properties.js';
import type { SubmissionIngester } from '../ingest/submission-ingester.js';
import type { DownloadLimits, FetchFile } from './file-download.js';
import { handleSubmissionUpload, uploadRequest, type PendingUpload } from './submission-upload.js';
import { uploadText } from './upload-reply.js';
import { startTyping } from './typing-indicator.js';
import { reportActivity, reportText, type BotReporter } from './report-card.js';
import { messageText } from './plain-text.js';
import { registerMessageExtension } from './message-extension.js';
import type { ProjectLookup } from '../lookup/project-lookup.js';

export interface BotConversationState {
  memory?: ConversationMemory;
  /** A refused upload that "ersätt" can re-run with replace (see submission-upload.ts). */
  pendingUpload?: PendingUpload;
}

export type BotTurnState = TurnState<BotConversationState>;

/** One answered question, reported to `onAnswered` (the audit log listens here). */
export interface AnsweredTurn {
  user: string;
  conversation: string;
  conversationType: string;
  question: string;
  answer: AssistantAnswer;
  latencyMs: number;
  /** The id Teams gave the bot's first reply: what feedback refers to. */
  replyId: string | null;
}

export interface BotDeps {
  assistant: Assistant;
  drafter?: BotDrafter;
  /** Writes the whole yearly report (src/bot/report-card.ts); absent: the report command says so. */
  reporter?: BotReporter;
  feedbackRecorder: FeedbackRecorder;
  logger: BotLogger;
  /** Conversation state; MemoryStorage when absent (one instance). */
  storage?: Storage;
  auth: BotAuthConfig;
  /** Stream answers in personal chat (set when a model writes the answers). */
  streaming?: boolean;
  /** Repeat interval of the typing indicator; tests may shorten it. */
  typingIntervalMs?: number;
  /** Called after each answered question; its failures are logged, never shown to the user. */
  onAnswered?: (turn: AnsweredTurn) => Promise<void> | void;
  /** Submissions handed in as files in personal chat go here; absent: uploads are declined politely. */
  ingester?: SubmissionIngester;
  /** Fetches attached files; default: the global fetch (tests serve files from a local server). */
  fetchFile?: FetchFile;
  /** Download bounds (20 MB, 20 s, https only; http on loopback too in local mode). */
  downloadLimits?: Partial<DownloadLimits>;
  /** The search message extension ("Sök EU-projekt", src/bot/message-extension.ts); absent: not offered. */
  projectLookup?: ProjectLookup;
}

export interface BotApp {
  app: Application<BotTurnState>;
  adapter: TeamsAdapter;
  /** Runs one turn: what the server calls for every activity. */
  run(context: TurnContext): Promise<void>;
}

/**
 * Typing indicators go to personal and group chats. A channel reply goes to a thread, where Teams
 * shows no typing indicator, and the Agents Playground even loses the reply that follows one
 * ("Invalid conversation id …;messageid=…").
 */
/**
 * A typing indicator shows while the answer is being prepared: not in channels (see docs/teams.md), and
 * not when the channel asked for every reply in the HTTP response (deliveryMode "expectReplies"), where
 * it would arrive together with the answer it was meant to announce.
 */
function showsTyping(activity: Activity): boolean {
  return activity.conversation?.conversationType !== 'channel' && activity.deliveryMode !== 'expectReplies';
}

function isPersonal(activity: Activity): boolean {
  return (activity.conversation?.conversationType ?? 'personal') === 'personal';
}

/** In group chats and channels the bot answers only when @mentioned. */
export function mentionsBot(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((mention) => mention.mentioned?.id === botId);
}

/** Teams sends the feedback comment as a JSON string ({"feedbackText": "…"}) or an object. */
function feedbackComment(feedback: unknown): string {
  if (feedback === undefined || feedback === null) return '';
  let value: unknown = feedback;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return feedback as string;
    }
  }
  if (value && typeof value === 'object' && 'feedbackText' in value) return String((value as { feedbackText: unknown }).feedbackText ?? '');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A Markdown message followed by suggestion buttons (in a message of their own, see suggestionsActivity). */
async function sendWithSuggestions(context: TurnContext, text: string, suggestions: readonly string[]): Promise<void> {
  await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
  // Suggested actions belong to personal chat: a channel shows them as "Invalid message".
  if (!isPersonal(context.activity)) return;
  const buttons = suggestionsActivity(suggestions, 'sv');
  if (buttons) await context.sendActivity({ ...buttons, text: botText.tryAsking });
}

/** Sends an answer as one stream (personal chat only: Teams refuses streams elsewhere, with a 405). */
async function streamAnswer(context: TurnContext, stream: StreamingResponse, answer: AssistantAnswer): Promise<string | null> {
  const aiGenerated = answer.mode === 'model';
  const cited = citeSources(answerText(answer), answer.sources, { aiGenerated, language: answer.language });
  stream.setFeedbackLoop(true);
  stream.setGeneratedByAILabel(aiGenerated);
  stream.setCitations(
    answer.sources.slice(0, MAX_CITATIONS).map((source) => ({ title: source.title, content: source.ref, url: null, filepath: null })),
  );
  const [firstAttachments, ...moreAttachments] = packAttachments(answerCards(answer));
  if (firstAttachments) stream.setAttachments(firstAttachments);
  // Whole sentences per chunk; teams-ai merges chunks that arrive while an update is being sent.
  for (const chunk of cited.text.match(/[^.!?\n]+[.!?\n]*\s*/g) ?? [cited.text]) stream.queueTextChunk(chunk);
  await stream.endStream();
  const replyId = stream.streamId ?? null;
  for (const attachments of moreAttachments) await context.sendActivity({ type: 'message', attachments, attachmentLayout: 'list' });
  const suggestions = suggestionsActivity(answer.suggestions, answer.language);
  if (suggestions) await context.sendActivity(suggestions);
  return replyId;
}

async function reportAnswered(deps: BotDeps, turn: AnsweredTurn): Promise<void> {
  if (!deps.onAnswered) return;
  try {
    await deps.onAnswered(turn);
  } catch (error) {
    deps.logger.error(`onAnswered misslyckades: ${(error as Error).message}`, error);
  }
}

/**
 * The Teams bot: a teams-ai Application on botbuilder's TeamsAdapter that turns messages into calls
 * of the assistant and its answers into Teams messages (text with citations, Adaptive Cards, charts,
 * feedback buttons, suggested actions). Everything Teams-specific stays here.
 */
export function createBotApp(deps: BotDeps): BotApp {
  keepEntityProperties();
  const adapter = createTeamsAdapter(deps.auth);
  reuseOutboundClients(adapter);
  const storage = deps.storage ?? new MemoryStorage();
  const app = new Application<BotTurnState>({
    adapter,
    storage,
    botAppId: deps.auth.appId ?? '',
    // The bot sends its own typing indicator at once, per turn (teams-ai's timer waits a second and is shared by all turns).
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
    turnStateFactory: () => new TurnState<BotConversationState>(),
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (!botAdded) return;
    await context.sendActivity(textWithExamples(botText.welcome));
  });

  app.feedbackLoop(async (context, _state, data) => {
    const activity = context.activity;
    await deps.feedbackRecorder.record({
      time: new Date().toISOString(),
      reaction: data.actionValue.reaction,
      feedback: feedbackComment(data.actionValue.feedback),
      user: activity.from?.aadObjectId ?? activity.from?.id ?? '',
      conversation: activity.conversation?.id ?? '',
      replyTo: data.replyToId ?? activity.replyToId ?? null,
    });
    deps.logger.info(`återkoppling: ${data.actionValue.reaction}`);
  });

  app.activity(ActivityTypes.Message, async (context, state) => {
    const activity = context.activity;
    const personal = isPersonal(activity);
    // An example button (Adaptive Card Action.Submit) arrives as a message with no text and a value, unmentioned.
    const submitted = submittedQuestion(activity.value);
    if (!personal && !submitted && !mentionsBot(activity)) return;
    // Files attached (or "ersätt" after a refused upload): handing in a submission, in personal chat only.
    const upload = submitted ? null : uploadRequest(activity, activity.text, state.conversation.pendingUpload);
    if (upload) {
      if (!personal) {
        await context.sendActivity(uploadText.personalOnly);
        return;
      }
      const downloadLimits = { allowLoopbackHttp: !isAuthConfigured(deps.auth), ...deps.downloadLimits };
      const pending = await handleSubmissionUpload(context, upload, { ...deps, downloadLimits });
      if (pending) state.conversation.pendingUpload = pending;
      else delete state.conversation.pendingUpload;
      return;
    }
    const command = parseBotCommand(submitted ?? activity.text);

    switch (command.kind) {
      case 'empty':
        await sendWithSuggestions(context, botText.emptyQuestion, EXAMPLE_QUESTIONS.slice(0, 3));
        return;
      case 'help':
        await sendWithSuggestions(context, botText.help, EXAMPLE_QUESTIONS.slice(0, 3));
        return;
      case 'examples':
        await context.sendActivity(textWithExamples(botText.examples));
        return;
      case 'draft': {
        if (command.forvaltning === '') {
          await context.sendActivity(botText.draftMissingName);
          return;
        }
        if (!deps.drafter) {
          await context.sendActivity(botText.draftUnavailable);
          return;
        }
        const typing = showsTyping(activity) ? await startTyping(context, deps.typingIntervalMs) : null;
        try {
          const draft = await deps.drafter.draft(command.forvaltning);
          await context.sendActivity(draftActivity(draft));
        } catch (error) {
          deps.logger.warn(`utkast misslyckades för "${command.forvaltning}": ${(error as Error).message}`);
          await context.sendActivity(messageText(botText.draftFailed(command.forvaltning, (error as Error).message)));
        } finally {
          typing?.stop();
        }
        return;
      }
      case 'report': {
        if (!deps.reporter) {
          await context.sendActivity(reportText.unavailable);
          return;
        }
        const typing = showsTyping(activity) ? await startTyping(context, deps.typingIntervalMs) : null;
        try {
          await context.sendActivity(reportActivity(await deps.reporter.report(command.year)));
        } catch (error) {
          deps.logger.warn(`redovisningen misslyckades: ${(error as Error).message}`);
          await context.sendActivity(reportText.failed((error as Error).message));
        } finally {
          typing?.stop();
        }
        return;
      }
      case 'question': {
        const stream = deps.streaming && personal ? new StreamingResponse(context) : null;
        const typing = stream || !showsTyping(activity) ? null : await startTyping(context, deps.typingIntervalMs);
        if (stream) {
          stream.queueInformativeUpdate(botText.thinking);
          // teams-ai sends it in the background: a refusal must not become an unhandled rejection (it
          // would end the Node process) while the assistant is still working; endStream reports it.
          stream.waitForQueue().catch((error: unknown) => deps.logger.warn(`strömningen avvisades: ${(error as Error).message}`));
        }
        try {
          const started = performance.now();
          const memory = state.conversation.memory ?? emptyMemory();
          const result = await deps.assistant.answer(command.text, memory);
          state.conversation.memory = result.memory;
          const latencyMs = Math.round(performance.now() - started);
          let replyId: string | null = null;
          let streamed = false;
          if (stream) {
            try {
              replyId = await streamAnswer(context, stream, result.answer);
              streamed = true;
            } catch (error) {
              // A client that refuses streaming still gets the answer, as ordinary messages.
              deps.logger.warn(`strömningen misslyckades, svaret skickas som vanliga meddelanden: ${(error as Error).message}`);
            }
          }
          if (!streamed) {
            for (const reply of answerActivities(result.answer, { suggestions: personal })) {
              const sent = await context.sendActivity(reply);
              replyId ??= sent?.id ?? null;
            }
          }
          await reportAnswered(deps, {
            user: activity.from?.aadObjectId ?? activity.from?.id ?? '',
            conversation: activity.conversation?.id ?? '',
            conversationType: activity.conversation?.conversationType ?? 'personal',
            question: command.text,
            answer: result.answer,
            latencyMs,
            replyId,
          });
        } catch (error) {
          deps.logger.error(`svaret misslyckades: ${(error as Error).message}`, error);
          if (stream) {
            try {
              stream.queueTextChunk(botText.failed);
              await stream.endStream();
            } catch {
              await context.sendActivity(botText.failed).catch(() => undefined);
            }
          } else {
            await context.sendActivity(botText.failed);
          }
        } finally {
          typing?.stop();
        }
        return;
      }
    }
  });

  if (deps.projectLookup) registerMessageExtension(app, deps.projectLookup, deps.logger);

  app.error(async (context, error) => {
    deps.logger.error(`fel i en tur: ${error.message}`, error);
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity(botText.failed).catch(() => undefined);
    }
  });

  return {
    app,
    adapter,
    run: async (context) => {
      await app.run(context);
    },
  };
}
