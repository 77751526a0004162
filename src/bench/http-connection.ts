import { connect, type Socket } from 'node:net';

/**
 * A minimal HTTP/1.1 keep-alive client for the load generator: one connection per conversation, one
 * request at a time, the request written in one piece and the response read by its Content-Length
 * (or chunked encoding). node:http's client costs several times more CPU per request, and on a
 * machine shared with the bot every cycle the generator spends is taken from the bot it measures.
 */

export interface HttpReply {
  status: number;
  body: string;
}

export class HttpConnectionError extends Error {
  override readonly name = 'HttpConnectionError';
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** The result of reading a response from the bytes received so far: complete, or more needed. */
export type ParsedResponse = { complete: true; reply: HttpReply; rest: Buffer } | { complete: false };

const HEADER_END = Buffer.from('\r\n\r\n');

/** Decodes a chunked body if it is complete; null when more bytes are needed. */
function dechunk(data: Buffer, start: number): { body: Buffer; end: number } | null {
  const parts: Buffer[] = [];
  let position = start;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', position);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(data.subarray(position, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) throw new HttpConnectionError('ogiltig chunk-storlek i svaret', 'EPARSE');
    const chunkStart = lineEnd + 2;
    if (size === 0) {
      // The last chunk: no trailers are expected, only the final CRLF.
      const trailerEnd = data.indexOf('\r\n', chunkStart);
      if (trailerEnd < 0) return null;
      return { body: Buffer.concat(parts), end: trailerEnd + 2 };
    }
    if (data.length < chunkStart + size + 2) return null;
    parts.push(data.subarray(chunkStart, chunkStart + size));
    position = chunkStart + size + 2;
  }
}

/** Reads one response from the start of `data`. */
export function parseResponse(data: Buffer): ParsedResponse {
  const headerEnd = data.indexOf(HEADER_END);
  if (headerEnd < 0) return { complete: false };
  const [statusLine = '', ...headerLines] = data.subarray(0, headerEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!status) throw new HttpConnectionError(`ogiltig statusrad i svaret: ${statusLine.slice(0, 40)}`, 'EPARSE');
  let length: number | null = null;
  let chunked = false;
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') length = Number(value);
    else if (name === 'transfer-encoding' && /chunked/i.test(value)) chunked = true;
  }
  const bodyStart = headerEnd + HEADER_END.length;
  if (chunked) {
    const decoded = dechunk(data, bodyStart);
    if (!decoded) return { complete: false };
    return { complete: true, reply: { status: Number(status[1]), body: decoded.body.toString('utf8') }, rest: data.subarray(decoded.end) };
  }
  if (length === null || !Number.isInteger(length) || length < 0) throw new HttpConnectionError('svaret saknar Content-Length', 'EPARSE');
  if (data.length < bodyStart + length) return { complete: false };
  return {
    complete: true,
    reply: { status: Number(status[1]), body: data.subarray(bodyStart, bodyStart + length).toString('utf8') },
    rest: data.subarray(bodyStart + length),
  };
}

/** One keep-alive connection to 127.0.0.1:port; reconnects when idle longer than the server keeps it. */
export class HttpConnection {
  private socket: Socket | null = null;
  private received: Buffer = Buffer.alloc(0);
  private waiting: { resolve(reply: HttpReply): void; reject(error: Error): void } | null = null;
  private lastUsed = 0;

  /** `idleMs`: a connection idle this long is replaced (below node:http's 5 s keep-alive timeout on the server). */
  constructor(private readonly port: number, private readonly idleMs = 4000) {}

  private open(): Socket {
    const socket = connect({ host: '127.0.0.1', port: this.port, noDelay: true });
    // A request that gets no answer within a minute fails (the bot's own turn timeout is 45 s).
    socket.setTimeout(60_000, () => {
      if (this.socket === socket && this.waiting) this.fail(new HttpConnectionError('inget svar inom 60 s', 'ETIMEDOUT'));
    });
    socket.on('data', (chunk: Buffer) => {
      if (this.socket !== socket) return;
      this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
      if (!this.waiting) return;
      let parsed: ParsedResponse;
      try {
        parsed = parseResponse(this.received);
      } catch (error) {
        this.fail(error as Error);
        return;
      }
      if (!parsed.complete) return;
      this.received = parsed.rest;
      const waiting = this.waiting;
      this.waiting = null;
      this.lastUsed = performance.now();
      waiting.resolve(parsed.reply);
    });
    // Events of a connection already replaced concern nobody.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (this.socket === socket) this.fail(new HttpConnectionError(error.message, error.code ?? 'ESOCKET'));
    });
    socket.on('close', () => {
      if (this.socket === socket) this.fail(new HttpConnectionError('servern stängde anslutningen', 'ECLOSED'));
    });
    return socket;
  }

  private fail(error: Error): void {
    this.socket?.destroy();
    this.socket = null;
    this.received = Buffer.alloc(0);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }

  request(method: 'GET' | 'POST', path: string, body = ''): Promise<HttpReply> {
    if (this.waiting) return Promise.reject(new HttpConnectionError('en begäran pågår redan på anslutningen', 'EBUSY'));
    if (this.socket && performance.now() - this.lastUsed > this.idleMs) {
      this.socket.destroy();
      this.socket = null;
    }
    this.socket ??= this.open();
    const bytes = Buffer.byteLength(body);
    const head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${this.port}\r\nConnection: keep-alive\r\n${
      method === 'POST' ? `Content-Type: application/json\r\nContent-Length: ${bytes}\r\n` : ''
    }\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket?.write(head + body);
    });
  }

  close(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.destroy();
  }
}
