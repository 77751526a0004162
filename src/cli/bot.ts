import { loadConfig } from '../config/env.js';
import { describeBotService, onShutdown, reportStartFailure, startBotService } from '../bot/bot-service.js';
import { isEntryPoint } from './is-entry-point.js';

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
