import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import type { Assistant } from '../assistant/answer.js';
import { loadConfig, describeModel, type AppConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { DataLoadError } from '../data/data-load-error.js';
import { isAuthConfigured, type BotAuthConfig } from '../bot/bot-auth.js';
import type { BotLogger } from '../bot/bot-logger.js';
import { startBotServer, type RunningBotServer } from '../bot/bot-server.js';
import { createBotApp } from '../bot/create-bot-app.js';
import type { BotDrafter } from '../bot/draft-card.js';
import { JsonLinesFeedbackRecorder, type FeedbackRecorder } from '../bot/feedback-recorder.js';
import { isEntryPoint } from './is-entry-point.js';

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
  feedbackRecorder?: FeedbackRecorder;
  storage?: Storage;
}

export interface BotService {
  server: RunningBotServer;
  /** True when no BOT_ID is set: only requests from this machine are accepted. */
  localOnly: boolean;
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

/** The assistant and drafter over the data folder (created once here and passed in). */
async function buildAssistant(config: AppConfig, dataDir: string): Promise<{ assistant: Assistant; drafter?: BotDrafter }> {
  void config;
  void dataDir;
  throw new Error('createAssistant finns inte ännu i den här versionen');
}

/** Starts the Teams bot's HTTP server; the data and the assistant are loaded first. */
export async function startBotService(options: BotServiceOptions): Promise<BotService> {
  const logger = options.logger ?? consoleLogger;
  const auth = authFrom(options.config);
  const dataDir = options.dataDir ?? resolveDataDir(undefined);
  const built = options.assistant ? { assistant: options.assistant, drafter: options.drafter } : await buildAssistant(options.config, dataDir);
  const bot = createBotApp({
    assistant: built.assistant,
    ...(built.drafter ? { drafter: built.drafter } : {}),
    feedbackRecorder: options.feedbackRecorder ?? new JsonLinesFeedbackRecorder(FEEDBACK_FILE),
    logger,
    auth,
    ...(options.storage ? { storage: options.storage } : {}),
    streaming: options.config.model !== null,
  });
  const server = await startBotServer(bot, { auth, logger }, { port: options.port ?? options.config.bot.port });
  return { server, localOnly: !isAuthConfigured(auth), close: () => server.close() };
}

/** The start-up lines: where the bot listens, and in which security mode. */
export function describeBotService(service: BotService, config: AppConfig): string[] {
  return [
    `Boten lyssnar på ${service.server.messagesUrl} (${describeModel(config.model)}).`,
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

/** `npm run bot`: the bot alone, on PORT (default 3978). */
export async function main(): Promise<number> {
  try {
    const config = loadConfig();
    const service = await startBotService({ config });
    for (const line of describeBotService(service, config)) console.log(line);
    onShutdown(() => service.close());
    return 0;
  } catch (error) {
    return reportStartFailure(error);
  }
}

if (isEntryPoint(import.meta.url)) {
  main().then((code) => {
    if (code !== 0) process.exit(code);
  });
}
