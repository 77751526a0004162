import { MAX_SUBMISSION_BYTES } from '../ingest/file-kind.js';
import type { UploadedFile } from './file-attachments.js';

/** fetch as the bot uses it; tests pass one that reaches a local server. */
export type FetchFile = (url: string, init: RequestInit) => Promise<Response>;

export interface DownloadLimits {
  /** Largest file (bytes); default 20 MB, the ingest limit. */
  maxBytes: number;
  /** For the whole download, redirects included (the upload handler shares it among a message's files). */
  timeoutMs: number;
  /** Redirects followed, and only on the same host. */
  maxRedirects: number;
  /** Local mode (no bot registration): http to a loopback address is allowed too (tests, Emulator). */
  allowLoopbackHttp: boolean;
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = { maxBytes: MAX_SUBMISSION_BYTES, timeoutMs: 20_000, maxRedirects: 3, allowLoopbackHttp: false };

export type DownloadFailure = 'address' | 'redirect' | 'status' | 'too-large' | 'timeout' | 'network';

/** A file that could not be fetched; the message is Swedish and names no internal details. */
export class FileDownloadError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: DownloadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FileDownloadError';
  }
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function checkAddress(file: UploadedFile, raw: string, limits: DownloadLimits): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FileDownloadError(file.name, 'address', 'kunde inte hämtas: filens adress är ogiltig');
  }
  if (url.username || url.password) throw new FileDownloadError(file.name, 'address', 'kunde inte hämtas: filens adress får inte innehålla inloggningsuppgifter');
  if (url.protocol === 'https:' || url.protocol === 'data:') return url;
  if (url.protocol === 'http:' && limits.allowLoopbackHttp && isLoopbackHost(url.hostname)) return url;
  throw new FileDownloadError(file.name, 'address', 'kunde inte hämtas: bara filer över https tas emot');
}

async function readBounded(file: UploadedFile, response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string): FileDownloadError => new FileDownloadError(file.name, 'too-large', `är ${size} MB — filer får vara högst ${megabytes(maxBytes)} MB; ta bort bilder eller dela upp den`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(megabytes(declared));
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`över ${megabytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** A file sent inline as a data: URL (the Agents Playground does so); no request is made. */
function inlineData(file: UploadedFile, raw: string, maxBytes: number): Uint8Array {
  const match = /^data:([^,]*),(.*)$/s.exec(raw);
  if (!match) throw new FileDownloadError(file.name, 'address', 'kunde inte hämtas: filens adress är ogiltig');
  const [, meta = '', payload = ''] = match;
  const estimated = meta.endsWith(';base64') ? Math.floor((payload.length * 3) / 4) : payload.length;
  if (estimated > maxBytes + 3) throw new FileDownloadError(file.name, 'too-large', `är ${megabytes(estimated)} MB — filer får vara högst ${megabytes(maxBytes)} MB; ta bort bilder eller dela upp den`);
  const bytes = meta.endsWith(';base64') ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  if (bytes.byteLength > maxBytes) throw new FileDownloadError(file.name, 'too-large', `är ${megabytes(bytes.byteLength)} MB — filer får vara högst ${megabytes(maxBytes)} MB; ta bort bilder eller dela upp den`);
  return bytes;
}

/**
 * Fetches one attached file, bounded: https only (http on loopback in local mode; a data: URL is
 * decoded in place), at most
 * `maxBytes` (checked against Content-Length and while reading), within `timeoutMs`, redirects
 * followed only to the same host. Throws FileDownloadError.
 */
export async function downloadFile(file: UploadedFile, fetchFile: FetchFile, limits: DownloadLimits = DEFAULT_DOWNLOAD_LIMITS): Promise<Uint8Array> {
  const first = checkAddress(file, file.url, limits);
  if (first.protocol === 'data:') return inlineData(file, file.url, limits.maxBytes);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      const response = await fetchFile(url.href, { redirect: 'manual', signal: controller.signal, headers: { accept: '*/*' } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location || redirects >= limits.maxRedirects) throw new FileDownloadError(file.name, 'redirect', 'kunde inte hämtas: för många omdirigeringar');
        const next = checkAddress(file, new URL(location, url).href, limits);
        if (next.host !== first.host) throw new FileDownloadError(file.name, 'redirect', 'kunde inte hämtas: adressen skickade vidare till en annan server');
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FileDownloadError(file.name, 'status', `kunde inte hämtas (svar ${response.status}) — skicka filen igen`);
      }
      return await readBounded(file, response, limits.maxBytes);
    }
  } catch (error) {
    if (error instanceof FileDownloadError) throw error;
    if (controller.signal.aborted) throw new FileDownloadError(file.name, 'timeout', `kunde inte hämtas inom ${Math.round(limits.timeoutMs / 1000)} sekunder — försök igen`);
    throw new FileDownloadError(file.name, 'network', 'kunde inte hämtas — försök igen om en stund');
  } finally {
    clearTimeout(timer);
  }
}
