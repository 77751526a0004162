import { loadConfig } from '../config/env.js';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { join } from 'node:path';
import { startPlayground, DEFAULT_PLAYGROUND_PORT } from '../bot/agents-playground.js';
import { describeBotService, onShutdown, reportStartFailure, startBotService } from '../bot/bot-service.js';
import { isEntryPoint } from './is-entry-point.js';

/**
 * `npm start`: the bot on http://localhost:3978/api/messages plus Microsoft 365 Agents Playground
 * (Microsoft's local Teams client) on :56150, then prints the URL to open. Ctrl-C stops both.
 */
export async function main(): Promise<number> {
  try {
    const config = loadConfig();
    const service = await startBotService({ config });
    for (const line of describeBotService(service, config)) console.log(line);
    const playground = await startPlayground({
      projectRoot: PROJECT_ROOT,
      botEndpoint: service.server.messagesUrl,
      port: DEFAULT_PLAYGROUND_PORT,
      logFile: join(PROJECT_ROOT, '.playground', 'playground.log'),
    }).catch(async (error: unknown) => {
      await service.close();
      throw error;
    });
    let stopping = false;
    onShutdown(async () => {
      stopping = true;
      await playground.stop();
      await service.close();
    });
    playground.process.once('exit', (code) => {
      if (stopping) return;
      console.error(`Agents Playground avslutades (kod ${code}); stänger boten.`);
      void service.close().finally(() => process.exit(1));
    });
    console.log('');
    console.log(`Öppna ${playground.url} i webbläsaren för att prata med boten i Microsofts lokala Teams-klient (Agents Playground).`);
    console.log(`Open ${playground.url} in your browser to chat with the bot in Microsoft's local Teams client (Agents Playground).`);
    console.log('Stoppa med Ctrl-C. / Stop with Ctrl-C.');
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
