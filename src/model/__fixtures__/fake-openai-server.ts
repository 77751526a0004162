import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted OpenAI-compatible server on 127.0.0.1 for offline tests: answers chat-completion
 * requests with the scripted responses in order and records every request. The real `openai`
 * client talks to it over HTTP, so the tests drive the real code path.
 */

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Wait this long before answering (to provoke a client timeout). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/v1/chat/completions". */
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
}

export interface FakeOpenAiServer {
  /** http://127.0.0.1:PORT */
  url: string;
  requests: RecordedRequest[];
  /** Scripted responses not yet used. */
  remaining(): number;
  close(): Promise<void>;
}

let nextId = 0;

const usageOf = (promptTokens: number, completionTokens: number) => ({
  prompt_tokens: promptTokens,
  completion_tokens: completionTokens,
  total_tokens: promptTokens + completionTokens,
});

/** A completion in which the model calls tools. `args` may be a raw string to send invalid JSON. */
export function toolCallResponse(calls: Array<{ name: string; args: unknown }>, usage = { prompt: 100, completion: 20 }): ScriptedResponse {
  return {
    body: {
      id: `chatcmpl-${++nextId}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            tool_calls: calls.map((call, index) => ({
              id: `call_${nextId}_${index}`,
              type: 'function',
              function: { name: call.name, arguments: typeof call.args === 'string' ? call.args : JSON.stringify(call.args) },
            })),
          },
        },
      ],
      usage: usageOf(usage.prompt, usage.completion),
    },
  };
}

/** A completion in which the model answers in text. */
export function textResponse(text: string, usage = { prompt: 200, completion: 40 }): ScriptedResponse {
  return {
    body: {
      id: `chatcmpl-${++nextId}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'fake-model',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
      usage: usageOf(usage.prompt, usage.completion),
    },
  };
}

/** An error the way OpenAI sends one. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, headers, body: { error: { message, type: 'fake_error', code: null, param: null } } };
}

export async function startFakeOpenAiServer(script: ScriptedResponse[]): Promise<FakeOpenAiServer> {
  const queue = [...script];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // keep the raw text
      }
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const next = queue.shift() ?? errorResponse(500, 'the fake server has no more scripted responses');
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...next.headers });
        response.end(JSON.stringify(next.body));
      };
      if (next.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, next.delayMs);
        timers.add(timer);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    remaining: () => queue.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
