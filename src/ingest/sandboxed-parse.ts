import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { detectFileKind } from './file-kind.js';
import type { IngestLimits } from './ingest-limits.js';
import type { ParsedFileResult, ParseWorkerData } from './parse-worker.js';
import type { Problem } from './problem.js';
import { checkZipDirectory } from './zip-package-check.js';

/** The worker's module beside this one: .js when built, .ts when run from the sources (tsx, vitest). */
export const PARSE_WORKER_ENTRY = new URL(`./parse-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function spawnWorker(entry: URL, data: ParseWorkerData, limits: IngestLimits): Worker {
  const options = {
    workerData: data,
    transferList: [data.bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.parseMemoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(8, Math.floor(limits.parseMemoryMb / 8))), stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  };
  if (extname(fileURLToPath(entry)) !== '.ts') return new Worker(entry, options);
  // From the sources the worker needs tsx's loader, registered before the module is imported.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}

const refused = (fileName: string, message: string): ParsedFileResult => ({ problems: [{ file: fileName, location: null, field: null, found: null, message } satisfies Problem], notices: [], accepted: null });

/**
 * Parses submission files where a hostile one cannot stop the caller: the file's kind and, for
 * .docx/.xlsx, its ZIP directory are judged first (nothing unpacked); then the file is read in a
 * worker thread of its own with a bounded heap (`parseMemoryMb`) and a wall clock
 * (`parseTimeoutMs`). A worker that runs out of memory or time is ended and the file refused with a
 * Swedish message naming the limit; the caller's event loop keeps running throughout. `close()`
 * ends every parse in progress (the service is stopping).
 */
export class ParseSandbox {
  private readonly active = new Set<() => void>();
  private closed = false;
  private readonly entry: URL;

  constructor(options: { entry?: URL } = {}) {
    this.entry = options.entry ?? PARSE_WORKER_ENTRY;
  }

  /** How many files are being parsed now. */
  get running(): number {
    return this.active.size;
  }

  async parse(fileName: string, bytes: Uint8Array, limits: IngestLimits): Promise<ParsedFileResult> {
    const detected = detectFileKind(fileName, bytes);
    if ('problem' in detected) return { problems: [detected.problem], notices: [], accepted: null };
    if (detected.kind === 'word' || detected.kind === 'excel') {
      const packageProblem = checkZipDirectory(fileName, bytes, limits);
      if (packageProblem) return { problems: [packageProblem], notices: [], accepted: null };
    }
    if (this.closed) return refused(fileName, 'lästes inte eftersom tjänsten stängs — skicka filen igen om en stund');
    return this.runWorker(fileName, bytes, limits);
  }

  private runWorker(fileName: string, bytes: Uint8Array, limits: IngestLimits): Promise<ParsedFileResult> {
    // The worker gets its own copy of the bytes (transferred, so the copy is not kept twice).
    const copy = new Uint8Array(bytes);
    const worker = spawnWorker(this.entry, { parseWorker: true, fileName, bytes: copy, limits }, limits);
    worker.stdout.resume();
    worker.stderr.resume();
    return new Promise<ParsedFileResult>((resolve) => {
      let settled = false;
      const finish = (result: ParsedFileResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.active.delete(stop);
        void worker.terminate();
        resolve(result);
      };
      const stop = (): void => finish(refused(fileName, 'lästes inte klart eftersom tjänsten stängs — skicka filen igen om en stund'));
      this.active.add(stop);
      const seconds = Math.round(limits.parseTimeoutMs / 1000);
      const timer = setTimeout(
        () => finish(refused(fileName, `tog längre tid än ${seconds} s att läsa — högst ${seconds} s tillåts (INGEST_PARSE_TIMEOUT_MS); filen är för stor eller byggd för att inte gå att läsa. Ta bort bilder och bilagor, eller spara om den från Word/Excel`)),
        limits.parseTimeoutMs,
      );
      worker.on('message', (message: { ok: true; result: ParsedFileResult } | { ok: false; message: string }) => {
        finish(message.ok ? message.result : refused(fileName, `kunde inte läsas (${message.message}) — spara om den från Word/Excel, eller skicka den som Markdown`));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refused(fileName, `behövde mer än ${limits.parseMemoryMb} MB minne för att läsas — högst ${limits.parseMemoryMb} MB tillåts (INGEST_PARSE_MEMORY_MB); filen är för stor eller byggd för att inte gå att läsa. Ta bort bilder och bilagor, eller dela upp underlaget`)
            : refused(fileName, `kunde inte läsas (${error.message}) — spara om den från Word/Excel, eller skicka den som Markdown`),
        );
      });
      worker.on('exit', (code) => finish(refused(fileName, `kunde inte läsas (läsningen avslutades med kod ${code}) — spara om den från Word/Excel, eller skicka den som Markdown`)));
    });
  }

  /** Ends every parse in progress (their files are refused with "tjänsten stängs") and refuses new ones. */
  close(): void {
    this.closed = true;
    for (const stop of [...this.active]) stop();
  }
}
