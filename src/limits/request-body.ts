import type { IncomingMessage } from 'node:http';

/** Activities from Teams are a few kilobytes; 256 KiB leaves room for large card submissions. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** A request refused before it reaches the bot, with the HTTP status to answer. */
export class RequestRejectedError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRejectedError';
  }
}

/**
 * Reads a request body of at most `maxBytes`. Refuses at once when Content-Length says it is too
 * large, and stops reading (413) as soon as a chunked body grows past the limit.
 */
export function readBody(request: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.reject(new RequestRejectedError(413, `Förfrågan är för stor (${declared} byte, högst ${maxBytes}).`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (chunk: Buffer): void => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        request.off('data', onData);
        request.resume();
        reject(new RequestRejectedError(413, `Förfrågan är för stor (mer än ${maxBytes} byte).`));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    request.once('error', (error) => {
      if (!done) {
        done = true;
        reject(new RequestRejectedError(400, `Förfrågan kunde inte läsas: ${error.message}`));
      }
    });
  });
}

/** Parses a JSON body; anything else is a 400 (or 415 when the content type says it is not JSON). */
export function parseJsonBody(body: Buffer, contentType: string | undefined): unknown {
  if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType.trim())) {
    throw new RequestRejectedError(415, `Förfrågan ska vara JSON (fick ${contentType}).`);
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new RequestRejectedError(400, `Förfrågan är ingen giltig JSON: ${(error as Error).message}`);
  }
}
