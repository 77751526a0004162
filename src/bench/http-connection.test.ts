import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpConnection, HttpConnectionError, parseResponse } from './http-connection.js';

describe('parseResponse', () => {
  const response = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}';

  it('reads a response by its Content-Length, keeping what follows', () => {
    const parsed = parseResponse(Buffer.from(`${response}HTTP/1.1`));
    expect(parsed).toMatchObject({ complete: true, reply: { status: 200, body: '{"a":1}' } });
    expect(parsed.complete && parsed.rest.toString()).toBe('HTTP/1.1');
  });

  it('waits for the rest when the headers or the body are cut short', () => {
    for (let cut = 1; cut < response.length; cut += 1) expect(parseResponse(Buffer.from(response.slice(0, cut))).complete).toBe(false);
  });

  it('counts the body in bytes, not characters', () => {
    const body = '{"å":"ö"}';
    const parsed = parseResponse(Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
    expect(parsed).toMatchObject({ complete: true, reply: { body } });
  });

  it('decodes chunked bodies, also when cut short', () => {
    const chunked = 'HTTP/1.1 413 Payload Too Large\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n';
    expect(parseResponse(Buffer.from(chunked))).toMatchObject({ complete: true, reply: { status: 413, body: 'hello world' } });
    expect(parseResponse(Buffer.from(chunked.slice(0, -2))).complete).toBe(false);
  });

  it('refuses what is not an HTTP response, and one without a length', () => {
    expect(() => parseResponse(Buffer.from('garbage\r\n\r\n'))).toThrow(HttpConnectionError);
    expect(() => parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nX: y\r\n\r\nbody'))).toThrow(/Content-Length/);
  });
});

describe('HttpConnection', () => {
  let server: Server | null = null;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = null;
  });

  async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<number> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  it('sends requests one after the other on one kept-alive connection', async () => {
    const sockets = new Set<unknown>();
    const port = await serve((request, response) => {
      sockets.add(request.socket);
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => response.end(`${request.method} ${body}`));
    });
    const connection = new HttpConnection(port);
    expect(await connection.request('GET', '/api/health')).toEqual({ status: 200, body: 'GET ' });
    expect(await connection.request('POST', '/api/messages', '{"text":"Hur mycket fick ASN?"}')).toEqual({ status: 200, body: 'POST {"text":"Hur mycket fick ASN?"}' });
    expect(sockets.size).toBe(1);
    connection.close();
  });

  it('opens a new connection after the server closed an idle one, and after its own idle limit', async () => {
    const sockets = new Set<unknown>();
    const port = await serve((request, response) => {
      sockets.add(request.socket);
      response.setHeader('Connection', 'close');
      response.end('ok');
    });
    const connection = new HttpConnection(port, 50);
    await connection.request('GET', '/');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await connection.request('GET', '/');
    expect(sockets.size).toBe(2);
    connection.close();
  });

  it('fails a request with a named error when the server drops the connection', async () => {
    const port = await serve((request) => request.socket.destroy());
    const connection = new HttpConnection(port);
    await expect(connection.request('GET', '/')).rejects.toThrow(HttpConnectionError);
    connection.close();
  });
});
