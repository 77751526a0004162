import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { processEnvironment } from '../config/env.js';

/** Microsoft 365 Agents Playground (Microsoft's local Teams client), run as a child process. */
export interface RunningPlayground {
  /** The port it really listens on (it silently picks another when the asked one is taken). */
  port: number;
  /** http://localhost:PORT: the URL to open in a browser. */
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The project root (holds node_modules/.bin/agentsplayground and .m365agentsplayground.yml). */
  projectRoot: string;
  /** The bot's messages endpoint, e.g. http://localhost:3978/api/messages. */
  botEndpoint: string;
  /** Port to ask for; default 56150. */
  port?: number;
  logFile?: string;
  /** A fixed personal-chat conversation id (optional). */
  conversationId?: string;
  /** How long to wait for it to be ready. */
  timeoutMs?: number;
  /** Receives its output lines (for logs). */
  onOutput?: (line: string) => void;
}

export class PlaygroundStartError extends Error {
  override readonly name = 'PlaygroundStartError';
  constructor(message: string, readonly output: string) {
    super(message);
  }
}

export const DEFAULT_PLAYGROUND_PORT = 56150;

export function playgroundBinary(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.bin', 'agentsplayground');
}

/**
 * It prints "Listening on N" even when it then fails (a bad .m365agentsplayground.yml, say): the
 * reason goes only to its log file, and /_debug/ping never answers. Reads what it logged since start.
 */
function failureInLog(logFile: string, offset: number): string | null {
  try {
    const text = readFileSync(logFile, 'utf8').slice(offset);
    if (!/Failed to start/.test(text)) return null;
    return /Reason: (.*)/.exec(text)?.[1]?.trim() ?? 'see the log';
  } catch {
    return null;
  }
}

async function waitForPing(url: string, deadline: number, failed: () => string | null): Promise<void> {
  while (Date.now() < deadline) {
    const failure = failed();
    if (failure) throw new Error(failure);
    try {
      const response = await fetch(`${url}/_debug/ping`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('timeout');
}

/**
 * Starts the Playground against a bot endpoint, with the settings that keep it offline and quiet
 * (no browser launch, no telemetry, no statsbeat), reads its real port from its "Listening on N" line
 * and waits until /_debug/ping answers.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const binary = playgroundBinary(options.projectRoot);
  if (!existsSync(binary)) {
    throw new PlaygroundStartError(`Agents Playground saknas (${binary}): kör npm ci.`, '');
  }
  const logFile = options.logFile ?? join(options.projectRoot, '.playground', 'playground.log');
  mkdirSync(dirname(logFile), { recursive: true });
  const logOffset = existsSync(logFile) ? readFileSync(logFile, 'utf8').length : 0;
  const args = ['-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port ?? DEFAULT_PLAYGROUND_PORT), '--disable-telemetry'];
  if (options.conversationId) args.push('--conversation-id', options.conversationId);
  const child = spawn(binary, args, {
    cwd: options.projectRoot,
    env: {
      ...processEnvironment(),
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "Listening on" line within ${timeoutMs} ms`)), timeoutMs);
      const onData = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split(/\r?\n/)) if (line.trim() !== '') options.onOutput?.(line);
        const match = /Listening on (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with code ${code}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    const url = `http://localhost:${port}`;
    await waitForPing(url, Date.now() + timeoutMs, () => failureInLog(logFile, logOffset));
    return { port, url, process: child, stop };
  } catch (error) {
    await stop();
    throw new PlaygroundStartError(`Agents Playground startade inte: ${(error as Error).message}`, output);
  }
}
