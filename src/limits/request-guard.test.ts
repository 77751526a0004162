import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBody, parseJsonBody, RequestRejectedError } from './request-body.js';
import { parseIncomingActivity, HANDLED_ACTIVITY_TYPES } from './activity-shape.js';

/** A server that reads bodies through the helpers and answers with the status they decide. */
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    readBody(request, 1024)
      .then((body) => parseIncomingActivity(parseJsonBody(body, request.headers['content-type'])))
      .then((activity) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ type: activity.type }));
      })
      .catch((error: unknown) => {
        response.writeHead(error instanceof RequestRejectedError ? error.status : 500, { connection: 'close' });
        response.end((error as Error).message);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function post(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    if (chunked) {
      // No Content-Length: the limit must catch the body while it streams.
      const buffer = Buffer.from(body);
      for (let offset = 0; offset < buffer.length; offset += 256) request.write(buffer.subarray(offset, offset + 256));
      request.end();
    } else request.end(body);
  });
}

const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1/', from: { id: '29:a' }, conversation: { id: 'c1' }, text: 'Hej' };

describe('request guards over HTTP', () => {
  it('accepts a well-formed activity', async () => {
    expect(await post(JSON.stringify(activity))).toEqual({ status: 200, text: '{"type":"message"}' });
  });

  it('answers 413 for a body over the limit, by Content-Length and while streaming', async () => {
    const big = JSON.stringify({ ...activity, text: 'x'.repeat(5000) });
    expect((await post(big)).status).toBe(413);
    expect((await post(big, { 'content-type': 'application/json' }, true)).status).toBe(413);
  });

  it('answers 400 for malformed JSON and for an activity without conversation, 415 for non-JSON', async () => {
    const malformed = await post('{"type": "message", ');
    expect(malformed.status).toBe(400);
    expect(malformed.text).toMatch(/ingen giltig JSON/);
    const { conversation: _dropped, ...withoutConversation } = activity;
    const shapeless = await post(JSON.stringify(withoutConversation));
    expect(shapeless.status).toBe(400);
    expect(shapeless.text).toMatch(/conversation/);
    expect((await post(JSON.stringify([activity]))).status).toBe(400);
    expect((await post('type=message', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });

  it('knows which activity types the bot handles', () => {
    expect(HANDLED_ACTIVITY_TYPES.has('message')).toBe(true);
    expect(HANDLED_ACTIVITY_TYPES.has('madeUpType')).toBe(false);
  });
});
