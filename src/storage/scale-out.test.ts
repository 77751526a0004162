import { request as httpRequest } from 'node:http';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, AssistantAnswer, ConversationMemory } from '../assistant/answer.js';
import { loadConfig } from '../config/env.js';
import { openAuditLog } from '../audit/open-audit-log.js';
import { silentLogger } from '../bot/bot-logger.js';
import { startBotService, type BotService } from '../bot/bot-service.js';
import { startAzurite, type AzuriteProcess } from './azurite-process.js';

/**
 * Scale-out (issue 8): two bot instances behind one endpoint share conversation state (botbuilder
 * BlobsStorage) and audit records (append blobs) in Azure Blob Storage — here Azurite on loopback.
 * A follow-up answered by the second instance must use the context the first one stored.
 */

/** Answers a follow-up ("och 2023?") only from the conversation memory: no memory, no context. */
const contextualAssistant: Assistant = {
  async answer(question: string, memory: ConversationMemory) {
    const remembered = memory.context as { namnd?: string; year?: number } | null;
    const named = /fick (\w+) (\d{4})/.exec(question);
    const followUp = /^och (\d{4})\?$/.exec(question);
    let context = remembered;
    let text: string;
    if (named) {
      context = { namnd: named[1], year: Number(named[2]) };
      text = `${context.namnd} ${context.year}: svar.`;
    } else if (followUp && remembered?.namnd) {
      context = { namnd: remembered.namnd, year: Number(followUp[1]) };
      text = `${context.namnd} ${context.year}: svar (uppföljning).`;
    } else {
      text = 'Jag vet inte vilken nämnd du menar.';
    }
    const answer: AssistantAnswer = {
      question, answer: text, mode: 'embedded', year: context?.year ?? null, language: 'sv',
      toolCalls: [{ tool: 'sum_funding', args: { namnd: context?.namnd ?? null } }], sources: [], tables: [], charts: [], suggestions: [],
    };
    return { answer, memory: { context, turns: [...memory.turns, { role: 'user', text: question }, { role: 'assistant', text }] } };
  },
};

function ask(port: number, conversation: string, text: string): Promise<string[]> {
  const activity = {
    type: 'message', id: `m-${Math.random()}`, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
    from: { id: '29:anna', aadObjectId: 'aad-anna' }, recipient: { id: 'bot' }, conversation: { id: conversation, conversationType: 'personal' }, text,
  };
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(activity);
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`status ${response.statusCode}: ${body}`));
        const activities = (JSON.parse(body) as { activities: Array<{ type: string; text?: string }> }).activities;
        resolve(activities.filter((item) => item.type === 'message').map((item) => item.text ?? ''));
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

let azurite: AzuriteProcess;
const services: BotService[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  for (const service of services.splice(0)) await service.close();
  await azurite?.stop();
});

describe('two bot instances sharing Azure Blob Storage (Azurite)', () => {
  it('a follow-up answered by the second instance uses the first one\'s context; both write one shared audit log', async () => {
    const config = loadConfig({ AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AUDIT_SECRET: 'scale-out-test-secret-123' });
    for (let index = 0; index < 2; index++) {
      services.push(await startBotService({ config, port: 0, logger: silentLogger, assistant: contextualAssistant }));
    }
    const [first, second] = services.map((service) => service.server.port) as [number, number];
    expect(first).not.toBe(second);

    expect((await ask(first, 'conv-shared', 'Hur mycket fick ASN 2024?')).join('\n')).toContain('ASN 2024: svar.');
    expect((await ask(second, 'conv-shared', 'och 2023?')).join('\n')).toContain('ASN 2023: svar (uppföljning).');
    expect((await ask(first, 'conv-shared', 'och 2022?')).join('\n')).toContain('ASN 2022: svar (uppföljning).');
    // Another conversation on the second instance has no such context.
    expect((await ask(second, 'conv-other', 'och 2023?')).join('\n')).toContain('vet inte vilken nämnd');

    const stateBlobs: string[] = [];
    for await (const blob of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('bot-state').listBlobsFlat()) stateBlobs.push(blob.name);
    expect(stateBlobs.some((name) => name.includes('conv-shared'))).toBe(true);

    const { auditLog } = await openAuditLog({ dbPath: 'unused.db', azureStorageConnectionString: azurite.connectionString, secret: 'scale-out-test-secret-123' });
    const rows = await auditLog.exportSince(new Date(Date.now() - 60_000));
    expect(rows.map((row) => row.answer.question)).toEqual(['Hur mycket fick ASN 2024?', 'och 2023?', 'och 2022?', 'och 2023?']);
    expect(new Set(rows.slice(0, 3).map((row) => row.answer.conversation)).size).toBe(1);
    expect(rows.every((row) => row.answer.outcome === 'answered')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('aad-anna');
    await auditLog.close();
  }, 60_000);
});
