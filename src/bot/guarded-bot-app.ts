import { AsyncLocalStorage } from 'node:async_hooks';
import { TeamsInfo, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import type { Assistant, AssistantAnswer } from '../assistant/answer.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditOutcome } from '../audit/audit-record.js';
import type { AccessPolicy, Principal } from '../limits/access-policy.js';
import { HANDLED_ACTIVITY_TYPES } from '../limits/activity-shape.js';
import { limitText } from '../limits/limit-text.js';
import type { TurnGuard } from '../limits/turn-guard.js';
import { parseBotCommand } from './bot-command.js';
import { botText } from './bot-text.js';
import type { BotLogger } from './bot-logger.js';
import { createBotApp, mentionsBot, type BotApp, type BotDeps } from './create-bot-app.js';
import { isUploadActivity, uploadedFiles } from './file-attachments.js';
import { uploadText } from './upload-reply.js';
import { reportText } from './report-card.js';
import type { BotDraft, BotDrafter } from './draft-card.js';
import type { FeedbackEntry, FeedbackRecorder } from './feedback-recorder.js';

/**
 * The reliability and security layer around the Teams bot (issue 8), kept apart from the bot's own
 * logic: it takes the limits, the access policy and the audit log as dependencies and wraps
 * `createBotApp` without changing it.
 */
export interface GuardDeps {
  turnGuard: TurnGuard;
  accessPolicy: AccessPolicy;
  /** Where turns and feedback are recorded; null records nothing. */
  auditLog: AuditLog | null;
  /** Looks the user's e-mail up when the access list names e-mail addresses; default: TeamsInfo.getMember. */
  lookupEmail?: (context: TurnContext) => Promise<string | null>;
}

/** A tool that writes report text, by name: its answer counts as a draft. */
const DRAFT_TOOL = /draft|utkast/i;

interface TurnRecord {
  principal: Principal;
  answer: AssistantAnswer | null;
  draft: BotDraft | null;
  replyIds: string[];
  /** The bot told the user its own "något gick fel" (it catches assistant errors itself). */
  failed: boolean;
  /** Set when the user has been told the turn failed or timed out: late replies are dropped. */
  cancelled: boolean;
  mayDraft: () => Promise<boolean>;
}

/** The user's e-mail as Teams knows it (asked only when the access list names e-mail addresses). */
async function teamsEmail(context: TurnContext): Promise<string | null> {
  const member = await TeamsInfo.getMember(context, context.activity.from.id);
  return member.email ?? member.userPrincipalName ?? null;
}

/** The key the bot identifies a user by, for limits and the audit log (the same the feedback uses). */
export function userKey(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? '';
}

function questionText(activity: Partial<Activity>): string {
  const submitted = activity.value && typeof activity.value === 'object' ? (activity.value as { question?: unknown }).question : undefined;
  if (typeof submitted === 'string') return submitted;
  const copy = { ...activity, text: activity.text ?? '' } as Activity;
  return activity.recipient?.id ? TurnContext.removeMentionText(copy, activity.recipient.id) ?? '' : copy.text;
}

/** An upload in the audit log: the file names (no contents, no download links). */
function uploadCalls(activity: Partial<Activity>, question: string): AssistantAnswer['toolCalls'] {
  if (!isUploadActivity(activity, question)) return [];
  return [{ tool: 'inlämning', args: { files: uploadedFiles(activity.attachments).map((file) => file.name) } }];
}

function refusalAnswer(answer: AssistantAnswer, text: string): AssistantAnswer {
  return { ...answer, answer: text, tables: [], charts: [], sources: [], suggestions: [], notice: undefined };
}

/** Feedback into the audit log, with the user and conversation pseudonymised there. */
export class AuditFeedbackRecorder implements FeedbackRecorder {
  constructor(private readonly auditLog: AuditLog) {}
  async record(entry: FeedbackEntry): Promise<void> {
    await this.auditLog.recordFeedback({
      userId: entry.user,
      conversationId: entry.conversation,
      replyId: entry.replyTo,
      reaction: entry.reaction,
      text: entry.feedback,
      time: new Date(entry.time),
    });
  }
}

/**
 * createBotApp with the guards of issue 8 around every turn:
 * - unknown activity types are ignored;
 * - question length and rate limits (per user, per conversation) answer politely before any work;
 * - drafting (`utkast`, or an answer that used a drafting tool) and file uploads need the access policy;
 * - every turn runs inside the in-flight bound and a timeout, and a crash costs only that turn;
 * - each turn and each feedback is written to the audit log (pseudonymised there).
 */
export function createGuardedBotApp(deps: BotDeps & GuardDeps): BotApp {
  const turns = new AsyncLocalStorage<TurnRecord>();
  const logger: BotLogger = deps.logger;

  const assistant: Assistant = {
    async answer(question, memory) {
      const result = await deps.assistant.answer(question, memory);
      const record = turns.getStore();
      if (!record) return result;
      if (result.answer.toolCalls.some((call) => DRAFT_TOOL.test(call.tool)) && !(await record.mayDraft())) {
        record.answer = refusalAnswer(result.answer, limitText.draftRefused);
        return { answer: record.answer, memory };
      }
      record.answer = result.answer;
      return result;
    },
  };
  const innerDrafter = deps.drafter;
  const drafter: BotDrafter | undefined = innerDrafter && {
    async draft(forvaltning) {
      const draft = await innerDrafter.draft(forvaltning);
      const record = turns.getStore();
      if (record) record.draft = draft;
      return draft;
    },
  };
  const feedbackRecorder: FeedbackRecorder = deps.auditLog ? new AuditFeedbackRecorder(deps.auditLog) : deps.feedbackRecorder;
  const inner = createBotApp({ ...deps, assistant, ...(drafter ? { drafter } : {}), feedbackRecorder });

  const audit = async (activity: Partial<Activity>, question: string, outcome: AuditOutcome, startedAt: number, record?: TurnRecord): Promise<void> => {
    if (!deps.auditLog) return;
    const answer = record?.answer ?? null;
    const draft = record?.draft ?? null;
    try {
      await deps.auditLog.recordAnswer({
        userId: userKey(activity),
        conversationId: activity.conversation?.id ?? '',
        conversationType: activity.conversation?.conversationType ?? null,
        question,
        toolCalls: answer?.toolCalls ?? (draft ? [{ tool: 'utkast', args: { forvaltning: draft.forvaltning, year: draft.year } }] : uploadCalls(activity, question)),
        sources: answer?.sources ?? draft?.sources ?? [],
        mode: answer?.mode ?? (draft ? 'embedded' : null),
        latencyMs: performance.now() - startedAt,
        outcome,
        replyId: record?.replyIds[0] ?? null,
      });
    } catch (error) {
      logger.warn(`granskningsloggen kunde inte skrivas: ${(error as Error).message}`);
    }
  };

  const run = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (!HANDLED_ACTIVITY_TYPES.has(activity.type)) {
      logger.info(`ignorerade en aktivitet av typen "${activity.type}"`);
      return;
    }
    const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
    if (activity.type !== 'message' || (!personal && !mentionsBot(activity))) {
      // Welcome, feedback and messages the bot does not answer: no limits, but a crash stays in this turn.
      const result = await deps.turnGuard.runAdmitted(() => inner.run(context));
      if (result.kind === 'refused') logger.error(`en tur av typen "${activity.type}" misslyckades`, result.error);
      return;
    }

    const startedAt = performance.now();
    const question = questionText(activity);
    const keys = { user: userKey(activity), conversation: activity.conversation?.id ?? '' };
    const admitted = deps.turnGuard.admit(keys, question);
    if (admitted) {
      await context.sendActivity(admitted.message);
      await audit(activity, question, admitted.outcome, startedAt);
      return;
    }

    const principal: Principal = { aadObjectId: activity.from?.aadObjectId ?? null, userId: activity.from?.id ?? null };
    let identified: Promise<void> | null = null;
    const identify = (): Promise<void> =>
      (identified ??= (async () => {
        if (deps.accessPolicy.needsEmail) principal.email = await (deps.lookupEmail ?? teamsEmail)(context).catch(() => null);
      })());
    let drafting: Promise<boolean> | null = null;
    const mayDraft = (): Promise<boolean> =>
      (drafting ??= identify().then(async () => (await deps.accessPolicy.check('draft', principal)).allowed));
    const command = parseBotCommand(question);
    // Files attached, or "ersätt" / the replace button after a refused upload: handing in a submission.
    const uploads = isUploadActivity(activity, question);
    if (command.kind === 'draft' && command.forvaltning !== '' && !(await mayDraft())) {
      await context.sendActivity(limitText.draftRefused);
      await audit(activity, question, 'refused', startedAt);
      return;
    }
    if (command.kind === 'report' && !(await mayDraft())) {
      await context.sendActivity(reportText.refused);
      await audit(activity, question, 'refused', startedAt);
      return;
    }
    if (uploads && !(await identify().then(() => deps.accessPolicy.check('ingest', principal))).allowed) {
      await context.sendActivity(limitText.ingestRefused);
      await audit(activity, question, 'refused', startedAt);
      return;
    }

    const record: TurnRecord = { principal, answer: null, draft: null, replyIds: [], failed: false, cancelled: false, mayDraft };
    let passThrough: string | null = null;
    context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
      if (record.cancelled && !activities.every((sent) => sent.text === passThrough)) {
        return activities.map(() => ({ id: '' }));
      }
      const responses = (await next()) ?? [];
      activities.forEach((sent, index) => {
        const id = responses[index]?.id;
        const feedback = (sent.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled;
        if (sent.type === 'message' && id && feedback) record.replyIds.push(id);
        if (sent.type === 'message' && (sent.text === botText.failed || sent.text === uploadText.failed)) record.failed = true;
      });
      return responses;
    });

    const result = await deps.turnGuard.runAdmitted(() => turns.run(record, () => inner.run(context)));
    if (result.kind === 'refused') {
      record.cancelled = true;
      if (result.outcome === 'error') logger.error(`svaret misslyckades (${result.outcome})`, result.error);
      else logger.warn(`svaret gavs inte: ${result.outcome}`);
      passThrough = result.message;
      await context.sendActivity(result.message).catch(() => undefined);
      passThrough = null;
      await audit(activity, question, result.outcome, startedAt, record);
      return;
    }
    // The bot answers a failed assistant or drafter call itself ("något gick fel"): record it as an error.
    const failed = record.failed || (command.kind === 'question' && !uploads && record.answer === null) || (command.kind === 'draft' && command.forvaltning !== '' && record.draft === null);
    await audit(activity, question, failed ? 'error' : 'answered', startedAt, record);
  };

  return { ...inner, run };
}
