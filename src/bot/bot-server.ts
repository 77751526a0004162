import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response as BotResponse } from 'botbuilder';
import { isAuthConfigured, isLoopbackAddress, type BotAuthConfig } from './bot-auth.js';
import type { BotLogger } from './bot-logger.js';
import type { BotApp } from './create-bot-app.js';
import { parseIncomingActivity } from '../limits/activity-shape.js';
import { RequestRejectedError } from '../limits/request-body.js';

export const MESSAGES_PATH = '/api/messages';

export interface BotServerOptions {
  port: number;
  /** Interface to listen on; all interfaces when absent (local mode still answers only loopback). */
  host?: string;
  /** Larger request bodies get 413. */
  maxBodyBytes?: number;
}

export interface RunningBotServer {
  server: Server;
  port: number;
  /** http://localhost:PORT/api/messages */
  messagesUrl: string;
  close(): Promise<void>;
}

export class RequestBodyTooLargeError extends Error {
  override readonly name = 'RequestBodyTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`request body larger than ${limitBytes} bytes`);
  }
}

function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        reject(new RequestBodyTooLargeError(limitBytes));
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * botbuilder's adapter expects a restify/express-style response; this wraps node:http's. The body is
 * held until end() and sent with its length in one write (no chunked encoding, one system call).
 */
function botResponse(response: ServerResponse): BotResponse {
  const parts: Buffer[] = [];
  return {
    socket: response.socket,
    status(code: number) {
      response.statusCode = code;
    },
    header(name: string, value: unknown) {
      response.setHeader(name, String(value));
    },
    send(body: unknown) {
      if (body === undefined || body === null) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        parts.push(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
      } else {
        if (!response.headersSent) response.setHeader('Content-Type', 'application/json; charset=utf-8');
        parts.push(Buffer.from(JSON.stringify(body), 'utf8'));
      }
    },
    end() {
      if (response.writableEnded) return;
      const body = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (!response.headersSent) response.setHeader('Content-Length', body.length);
      response.end(body);
    },
  };
}

function reply(response: ServerResponse, status: number, body: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(body);
}

/**
 * The HTTP handler: POST /api/messages goes to the adapter (which checks the Bot Framework token when
 * an app id is configured and answers 401 without a valid one). With no app id (local mode) only
 * requests from the local machine are accepted; others get 403.
 */
export function createRequestHandler(
  bot: BotApp,
  deps: { auth: BotAuthConfig; logger: BotLogger },
  options: { maxBodyBytes?: number } = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const localOnly = !isAuthConfigured(deps.auth);
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (localOnly && !isLoopbackAddress(request.socket.remoteAddress)) {
      deps.logger.warn(`avvisade en begäran från ${request.socket.remoteAddress ?? 'okänd adress'} (lokalt läge)`);
      reply(response, 403, 'Forbidden: the bot runs without BOT_ID and accepts requests from this machine only.');
      return;
    }
    if (request.method === 'GET' && path === '/api/health') {
      reply(response, 200, 'ok');
      return;
    }
    if (path !== MESSAGES_PATH) {
      reply(response, 404, 'Not found');
      return;
    }
    if (request.method !== 'POST') {
      reply(response, 405, 'Method not allowed');
      return;
    }
    let body: unknown;
    try {
      const text = await readBody(request, maxBodyBytes);
      body = JSON.parse(text);
    } catch (error) {
      if (error instanceof RequestBodyTooLargeError) {
        reply(response, 413, 'Payload too large');
      } else {
        deps.logger.warn(`ogiltig begäran: ${(error as Error).message}`);
        reply(response, 400, 'Bad request: the body is not JSON');
      }
      return;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      reply(response, 400, 'Bad request: the body is not an activity');
      return;
    }
    // Issue 8: an activity without the fields the bot reads (type, channel, conversation, from …) is a 400, logged.
    try {
      parseIncomingActivity(body);
    } catch (error) {
      if (!(error instanceof RequestRejectedError)) throw error;
      deps.logger.warn(`avvisade en aktivitet med fel form: ${error.message}`);
      reply(response, 400, `Bad request: ${error.message}`);
      return;
    }
    try {
      await bot.adapter.process(
        { body: body as Record<string, unknown>, headers: request.headers, method: request.method },
        botResponse(response),
        (context) => bot.run(context),
      );
    } catch (error) {
      deps.logger.error(`begäran misslyckades: ${(error as Error).message}`, error);
      if (!response.headersSent) reply(response, 500, 'Internal server error');
      else if (!response.writableEnded) response.end();
    }
  };
}

/** Starts the bot's HTTP server (port 0 picks a free one). */
export async function startBotServer(
  bot: BotApp,
  deps: { auth: BotAuthConfig; logger: BotLogger },
  options: BotServerOptions,
): Promise<RunningBotServer> {
  const handler = createRequestHandler(bot, deps, options);
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      deps.logger.error('oväntat fel i servern', error);
      if (!response.writableEnded) response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    messagesUrl: `http://localhost:${port}${MESSAGES_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
