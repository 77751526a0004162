import { availableParallelism } from 'node:os';
import type { BotReporter } from './report-card.js';
import { createDatasetReporter } from './report-reporter.js';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import type { Assistant } from '../assistant/answer.js';
import { describeModel, type AppConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { DataLoadError } from '../data/data-load-error.js';
import { loadDataset } from '../data/load-dataset.js';
import type { Dataset } from '../domain/dataset.js';
import { draftParagraph } from '../draft/draft-paragraph.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { reloadingAssistant } from '../assistant/reloading-assistant.js';
import { WorkerPoolAssistant } from '../assistant/worker-pool-assistant.js';
import { DatasetHolder } from '../data/dataset-holder.js';
import { datasetProjectLookup } from '../lookup/project-lookup.js';
import { dataFolderIngester, type SubmissionIngester } from '../ingest/submission-ingester.js';
import { isAuthConfigured, type BotAuthConfig } from './bot-auth.js';
import type { BotLogger } from './bot-logger.js';
import { startBotServer, type RunningBotServer } from './bot-server.js';
import type { BotDrafter } from './draft-card.js';
import { JsonLinesFeedbackRecorder, type FeedbackRecorder } from './feedback-recorder.js';
import { createGuardedBotApp } from './guarded-bot-app.js';
import type { AuditLog } from '../audit/audit-log.js';
import { auditSettingsFromConfig } from '../audit/audit-settings.js';
import { openAuditLog } from '../audit/open-audit-log.js';
import { AccessPolicy } from '../limits/access-policy.js';
import { createGraphGroupMembership } from '../limits/graph-group-membership.js';
import { TurnGuard } from '../limits/turn-guard.js';
import { closeGracefully } from '../limits/graceful-close.js';

export const FEEDBACK_FILE = join(PROJECT_ROOT, '.audit', 'feedback.jsonl');

export interface BotServiceOptions {
  config: AppConfig;
  /** The data folder; default: the config's (DATA_DIR or data/). */
  dataDir?: string;
  /** Port; default: the config's (PORT or 3978). 0 picks a free one. */
  port?: number;
  logger?: BotLogger;
  /** Given: used as is (tests). Absent: built from the data folder and the configuration. */
  assistant?: Assistant;
  drafter?: BotDrafter;
  /** The report command ("skriv redovisningen för 2024"); default: over the data folder. */
  reporter?: BotReporter;
  /** With a given assistant: where uploaded submissions go (absent: uploads are declined). */
  ingester?: SubmissionIngester;
  /** Used when there is no audit log. */
  feedbackRecorder?: FeedbackRecorder;
  /** Conversation state; default: Azure Blob Storage when configured, else memory. */
  storage?: Storage;
  /** null: no audit log (tests); absent: the one the configuration names (SQLite or Azure Blob Storage). */
  auditLog?: AuditLog | null;
  turnGuard?: TurnGuard;
}

export interface BotService {
  server: RunningBotServer;
  /** True when no BOT_ID is set: only requests from this machine are accepted. */
  localOnly: boolean;
  /** Start-up lines: data, model, limits, audit, conversation state. */
  details: string[];
  /** How questions are answered: in worker threads or on the bot's own thread. */
  answering: string;
  /** The answer workers' heaps after a full garbage collection, in bytes (none when answers are made on the bot's thread). */
  answerWorkersHeapBytes(): Promise<number[]>;
  close(): Promise<void>;
}

export const consoleLogger: BotLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error instanceof Error ? (error.stack ?? error.message) : (error ?? '')),
};

function authFrom(config: AppConfig): BotAuthConfig {
  return { appId: config.bot.appId ?? undefined, appPassword: config.bot.appPassword ?? undefined, tenantId: config.bot.tenantId ?? undefined };
}

/** The `utkast` command on the embedded drafter: the paragraph with the passages its sentences came from. */
export function datasetDrafter(dataset: Dataset): BotDrafter {
  return {
    async draft(forvaltning) {
      const result = await draftParagraph({ dataset, forvaltning, compare: false });
      if (result.status === 'no-submission' || result.paragraph.trim() === '') throw new Error(result.notes.join(' '));
      const seen = new Set<string>();
      const sources = result.sentences
        .flatMap((sentence) => sentence.sources)
        .filter((source) => (seen.has(source.passageId) ? false : (seen.add(source.passageId), true)))
        .map((source) => ({ title: `${result.forvaltning}: ${source.section}`, ref: source.passageId }));
      const flagged = result.flagged.filter((item) => item.action === 'removed').length;
      const notes = [...result.notes, ...(flagged > 0 ? [`${flagged} mening(ar) togs bort eftersom källan inte bar dem.`] : [])];
      return {
        forvaltning: result.forvaltning,
        year: result.year,
        paragraph: result.paragraph,
        sources,
        ...(notes.length > 0 ? { notice: notes.join(' ') } : {}),
      };
    },
  };
}

/** The data folder, read the first time it is asked for (the search message extension's data beside a given assistant). */
function loadOnce(dataDir: string): () => Dataset {
  let dataset: Dataset | null = null;
  return () => (dataset ??= loadDataset(dataDir));
}

/** Worker threads for the embedded interpreter: the configured number, or one less than the cores (1–4). */
export function answerWorkerCount(config: AppConfig, cores: number = availableParallelism()): number {
  if (config.model !== null) return 0;
  return config.bot.answerWorkers ?? Math.min(4, Math.max(1, cores - 1));
}

/**
 * The assistant, drafter and ingester over the data folder (created once here and passed in). A
 * submission handed in through Teams replaces the holder's dataset, and the next question and
 * draft use it. Without a model the interpreter answers in worker threads (see WorkerPoolAssistant);
 * a model's work is waiting on the network, so it stays on the bot's thread.
 */
async function buildAssistant(
  config: AppConfig,
  dataDir: string,
): Promise<{ assistant: Assistant; drafter?: BotDrafter; ingester?: SubmissionIngester; description: string; close?: () => Promise<void>; heap?: () => Promise<number[]>; currentDataset: () => Dataset }> {
  const holder = new DatasetHolder(loadDataset(dataDir));
  const drafter: BotDrafter = { draft: (forvaltning) => datasetDrafter(holder.current).draft(forvaltning) };
  const ingester = dataFolderIngester({ dataDir, holder });
  const currentDataset = (): Dataset => holder.current;
  const workers = answerWorkerCount(config);
  if (workers > 0) {
    const pool = new WorkerPoolAssistant({ holder, size: workers });
    return {
      assistant: pool, drafter, ingester, description: `tolken svarar i ${workers} arbetstråd${workers === 1 ? '' : 'ar'} (ANSWER_WORKERS)`,
      close: () => pool.close(), heap: () => pool.heapUsedBytes(), currentDataset,
    };
  }
  const assistant = reloadingAssistant(holder, (dataset) => createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset), model: config.model }));
  return { assistant, drafter, ingester, description: config.model ? 'modellen svarar från botens tråd' : 'tolken svarar i botens egen tråd (ANSWER_WORKERS=0)', currentDataset };
}

/** Conversation state shared by every instance when Azure Blob Storage is configured (loaded only then). */
async function conversationStorage(config: AppConfig): Promise<{ storage: Storage | undefined; description: string }> {
  if (!config.storage) return { storage: undefined, description: 'samtalsminne i processen (MemoryStorage)' };
  const { BlobsStorage } = await import('botbuilder-azure-blobs');
  const { BLOB_CONTAINERS } = await import('../storage/blob-container.js');
  return {
    storage: new BlobsStorage(config.storage.connectionString, BLOB_CONTAINERS.conversationState),
    description: `samtalsminne i Azure Blob Storage (container ${BLOB_CONTAINERS.conversationState})`,
  };
}

/**
 * Who may draft and hand in submissions through Teams (issue 8): ALLOWED_USERS, and members of
 * ALLOWED_GROUP_ID checked through Microsoft Graph with the bot's own registration (BOT_ID,
 * BOT_PASSWORD, BOT_TENANT_ID; application permission GroupMember.Read.All).
 */
function accessPolicyFrom(config: AppConfig, localOnly: boolean): AccessPolicy {
  const { appId, appPassword, tenantId } = config.bot;
  const groupMembership =
    config.allowedGroupId && appId && appPassword && tenantId
      ? createGraphGroupMembership({ credentials: { tenantId, clientId: appId, clientSecret: appPassword } })
      : undefined;
  // Without a bot registration (local use, Agents Playground) everyone on this machine may draft.
  return new AccessPolicy({ allowedUsers: config.allowedUsers, allowedGroupId: config.allowedGroupId, ...(groupMembership ? { groupMembership } : {}), openWhenUnconfigured: localOnly });
}

/**
 * Starts the Teams bot's HTTP server: the data and the assistant are loaded first, and every turn
 * runs inside the limits, the access policy and the audit log (createGuardedBotApp).
 */
export async function startBotService(options: BotServiceOptions): Promise<BotService> {
  const logger = options.logger ?? consoleLogger;
  const { config } = options;
  const auth = authFrom(config);
  const localOnly = !isAuthConfigured(auth);
  const dataDir = options.dataDir ?? resolveDataDir(undefined);
  const built = options.assistant
    ? { assistant: options.assistant, drafter: options.drafter, ingester: options.ingester, description: 'given assistent', close: undefined, heap: undefined, currentDataset: loadOnce(dataDir) }
    : await buildAssistant(config, dataDir);
  const details: string[] = [built.description];

  const state = options.storage ? { storage: options.storage, description: 'samtalsminne: given lagring' } : await conversationStorage(config);
  details.push(state.description);
  let auditLog: AuditLog | null = null;
  if (options.auditLog !== undefined) {
    auditLog = options.auditLog;
  } else {
    const opened = await openAuditLog(auditSettingsFromConfig(config));
    auditLog = opened.auditLog;
    details.push(`granskningslogg: ${opened.description}`);
    // Retention: prune now and daily (the timer does not keep the process alive).
    opened.auditLog.schedulePruning((error) => logger.warn(`granskningsloggen kunde inte rensas: ${(error as Error).message}`));
  }
  const turnGuard = options.turnGuard ?? new TurnGuard();
  details.push(turnGuard.describe());
  const accessPolicy = accessPolicyFrom(config, localOnly);
  details.push(accessPolicy.describe());

  const bot = createGuardedBotApp({
    assistant: built.assistant,
    ...(built.drafter ? { drafter: built.drafter } : {}),
    reporter: options.reporter ?? createDatasetReporter(() => loadDataset(dataDir)),
    ...(built.ingester ? { ingester: built.ingester } : {}),
    feedbackRecorder: options.feedbackRecorder ?? new JsonLinesFeedbackRecorder(FEEDBACK_FILE),
    logger,
    auth,
    ...(state.storage ? { storage: state.storage } : {}),
    streaming: config.model !== null,
    turnGuard,
    accessPolicy,
    auditLog,
    projectLookup: datasetProjectLookup(built.currentDataset),
  });
  const server = await startBotServer(bot, { auth, logger }, { port: options.port ?? config.bot.port });
  return {
    server,
    localOnly,
    details,
    answering: built.description,
    answerWorkersHeapBytes: () => built.heap?.() ?? Promise.resolve([]),
    close: async () => {
      // Stop taking connections, finish the turns in flight (up to 10 s) and send their answers, then close the audit log.
      const drained = await closeGracefully(server.server, () => turnGuard.drain(10_000));
      if (!drained) logger.warn('svar pågick fortfarande efter 10 s; stängde ändå');
      await built.close?.();
      if (options.auditLog === undefined) await auditLog?.close().catch(() => undefined);
    },
  };
}

/** The start-up lines: where the bot listens, and in which security mode. */
export function describeBotService(service: BotService, config: AppConfig): string[] {
  return [
    `Boten lyssnar på ${service.server.messagesUrl} (${describeModel(config.model)}).`,
    ...service.details.map((detail) => `  ${detail}`),
    service.localOnly
      ? 'Lokalt läge: BOT_ID är inte satt, så boten tar bara emot anrop från den här datorn (Agents Playground, tester). / Local mode: no BOT_ID, only requests from this machine are accepted.'
      : `Bot Framework-autentisering på: varje anrop måste bära en giltig token för app-id ${config.bot.appId}.`,
  ];
}

/** Stops `stop` on Ctrl-C or SIGTERM (once), then exits. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stänger … / shutting down …`);
    stop()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

/** Explains a start-up failure in Swedish; returns the exit code. */
export function reportStartFailure(error: unknown): number {
  if (error instanceof ConfigError || error instanceof DataLoadError) {
    console.error(error.message);
    return 1;
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Porten är upptagen: ${(error as Error).message}. Stoppa det andra programmet eller sätt PORT.`);
    return 1;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return 1;
}
