import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant, AssistantAnswer } from '../assistant/answer.js';
import { isLoopbackAddress, type BotAuthConfig } from './bot-auth.js';
import { silentLogger } from './bot-logger.js';
import { startBotServer, type RunningBotServer } from './bot-server.js';
import { createBotApp } from './create-bot-app.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';

const citedAssistant: Assistant = {
  async answer(question, memory) {
    const answer: AssistantAnswer = {
      question,
      answer: 'ASN fick 25 660 000 kr 2024.',
      mode: 'model',
      year: 2024,
      language: 'sv',
      toolCalls: [],
      sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }],
      tables: [],
      charts: [],
      suggestions: [],
    };
    return { answer, memory };
  },
};

interface Captured {
  path: string;
  body: Record<string, unknown>;
}

/** A stand-in for the Teams channel: receives what the bot sends to its serviceUrl. */
async function startFakeConnector(): Promise<{ url: string; received: Captured[]; close(): Promise<void> }> {
  const received: Captured[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function post(host: string, port: number, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = httpRequest(
      { host, port, path: '/api/messages', method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function messageActivity(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `incoming-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    text,
    from: { id: 'user-1', name: 'Anna' },
    recipient: { id: 'bot-id', name: 'Bot' },
    conversation: { id: 'conv-1', conversationType: 'personal' },
    ...extra,
  };
}

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.close();
});

async function startBot(auth: BotAuthConfig): Promise<RunningBotServer> {
  const bot = createBotApp({ assistant: citedAssistant, feedbackRecorder: new MemoryFeedbackRecorder(), logger: silentLogger, auth });
  const server = await startBotServer(bot, { auth, logger: silentLogger }, { port: 0 });
  running.push(server);
  return server;
}

describe('bot server', () => {
  it('sends citation and AI-label entities intact to the channel (botbuilder Entity mapper fix)', async () => {
    const connector = await startFakeConnector();
    running.push(connector);
    const server = await startBot({});

    const response = await post('127.0.0.1', server.port, messageActivity(connector.url, 'Hur mycket fick ASN 2024?'));
    expect(response.status).toBe(200);
    const reply = connector.received.map((item) => item.body).find((body) => body.type === 'message');
    expect(reply?.text).toContain('[1]');
    const entity = (reply?.entities as Array<Record<string, unknown>>)[0];
    expect(entity).toMatchObject({
      type: 'https://schema.org/Message',
      '@type': 'Message',
      additionalType: ['AIGeneratedContent'],
      citation: [{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Projektlista 2024' } }],
    });
    expect(connector.received.some((item) => item.path.includes('/v3/conversations/conv-1/activities'))).toBe(true);
    // The feedback buttons travel in channelData, which the mappers keep as is.
    expect(reply?.channelData).toMatchObject({ feedbackLoopEnabled: true });
  });

  it('without the fix botbuilder would strip the citation (the test above is meaningful)', async () => {
    const requireFromBotbuilder = createRequire(createRequire(import.meta.url).resolve('botbuilder'));
    const mappers = requireFromBotbuilder('botframework-connector/lib/connectorApi/models/mappers') as {
      Entity: { type: { additionalProperties?: unknown } };
    };
    const connector = await startFakeConnector();
    running.push(connector);
    const server = await startBot({});
    const saved = mappers.Entity.type.additionalProperties;
    delete mappers.Entity.type.additionalProperties;
    try {
      await post('127.0.0.1', server.port, messageActivity(connector.url, 'Hur mycket fick ASN 2024?'));
    } finally {
      mappers.Entity.type.additionalProperties = saved;
    }
    const reply = connector.received.map((item) => item.body).find((body) => body.type === 'message');
    const entity = (reply?.entities as Array<Record<string, unknown>>)[0];
    expect(entity?.type).toBe('https://schema.org/Message');
    expect(entity?.citation).toBeUndefined();
  });

  it('answers in the HTTP response with deliveryMode expectReplies', async () => {
    const server = await startBot({});
    const response = await post('localhost', server.port, messageActivity('http://127.0.0.1:9/', 'Hur mycket fick ASN 2024?', { deliveryMode: 'expectReplies' }));
    expect(response.status).toBe(200);
    const replies = (JSON.parse(response.body) as { activities: Array<{ type: string; text?: string }> }).activities;
    expect(replies.find((activity) => activity.type === 'message')?.text).toContain('25 660 000 kr');
  });

  it('with BOT_ID configured, refuses a request without a Bot Framework token (401)', async () => {
    const server = await startBot({ appId: '00000000-0000-0000-0000-000000000001', appPassword: 'not-a-real-secret', tenantId: 'tenant' });
    const response = await post('127.0.0.1', server.port, messageActivity('http://127.0.0.1:9/', 'Hur mycket fick ASN 2024?', { deliveryMode: 'expectReplies' }));
    expect(response.status).toBe(401);
  });

  it('without BOT_ID, accepts only requests from the local machine', async () => {
    const server = await startBot({});
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
    const local = await post('127.0.0.1', server.port, messageActivity('http://127.0.0.1:9/', 'hjälp', { deliveryMode: 'expectReplies' }));
    expect(local.status).toBe(200);
    if (!external) {
      console.warn('no non-loopback interface on this machine: the remote-address check is covered by isLoopbackAddress only');
    } else {
      const remote = await post(external, server.port, messageActivity('http://127.0.0.1:9/', 'hjälp', { deliveryMode: 'expectReplies' }));
      expect(remote.status).toBe(403);
    }
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('192.0.2.2')).toBe(false);
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('rejects bodies that are not JSON (400) or too large (413)', async () => {
    const server = await startBot({});
    const notJson = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port: server.port, path: '/api/messages', method: 'POST' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end('{not json');
    });
    expect(notJson).toBe(400);
    const tooLarge = await post('127.0.0.1', server.port, messageActivity('http://127.0.0.1:9/', 'x'.repeat(300 * 1024)));
    expect(tooLarge.status).toBe(413);
  });
});
