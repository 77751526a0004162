/** What the bot logs through; `console` fits. */
export interface BotLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const silentLogger: BotLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
