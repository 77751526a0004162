import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { limitText } from '../limits/limit-text.js';
import { seededRandom } from '../util/seeded-random.js';
import { HttpConnection } from './http-connection.js';

/**
 * The load generator of `npm run load`: many conversations against /api/messages at once, each
 * sending its messages one after the other with deliveryMode "expectReplies", every answer checked.
 * Kept apart from the bot so it can run in a worker thread on another core.
 */

/** Questions a politician or handläggare would ask, with follow-ups that lean on the conversation's context. */
export const LOAD_QUESTIONS = [
  'Hur mycket fick ASN 2024?',
  'och 2023?',
  'Vilka Interreg-projekt finns?',
  'Vilken nämnd har flest projekt?',
  'Hur många EU-projekt hade Malmö 2024?',
  'Hur mycket fick Miljönämnden?',
  'Vilka projekt har Kulturförvaltningen?',
  'Visa Erasmus+-projekten',
  'Hur mycket betalades ut totalt 2024?',
  'Vilka projekt handlar om klimat?',
];

/** The texts that mean the bot refused or failed instead of answering. */
const REFUSALS: Array<[string, RegExp]> = [
  ['rate-limited', /vänta en stund/],
  ['busy', new RegExp(limitText.busy.slice(0, 20))],
  ['timeout', new RegExp(limitText.timeout.slice(0, 20))],
  ['failed', /gick fel/i],
];

function activity(conversation: number, sequence: number, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: `load-${conversation}-${sequence}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    from: { id: `29:load-user-${conversation}`, aadObjectId: `load-aad-${conversation}`, name: 'Lasttest' },
    recipient: { id: 'bot-load', name: 'Internationellt arbete' },
    conversation: { id: `load-conversation-${conversation}`, conversationType: 'personal' },
    text,
  });
}

/** Classifies one response: null when it is a real answer. */
function problemOf(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}`;
  let texts: string[];
  try {
    const activities = (JSON.parse(body) as { activities?: Array<{ type?: string; text?: string }> }).activities ?? [];
    texts = activities.filter((item) => item.type === 'message').map((item) => item.text ?? '');
  } catch {
    return 'ogiltig JSON i svaret';
  }
  if (texts.length === 0) return 'inget svar';
  const joined = texts.join('\n');
  for (const [kind, pattern] of REFUSALS) if (pattern.test(joined)) return kind;
  return null;
}

export interface ClientParams {
  port: number;
  conversations: number;
  messages: number;
  /** Where in the question list and message numbering this run starts. */
  offset: number;
  thinkMs: number;
  seed: number;
  /**
   * Unmeasured messages each conversation sends before and after its measured ones, so that every
   * measured message meets the full number of conversations: not the burst of all of them starting
   * at once, nor the thinning out as they finish one by one.
   */
  rampMessages?: number;
  /** Unmeasured runs (warm-up): each conversation keeps sending until at least this long has passed. */
  minDurationMs?: number;
}

export interface ClientResult {
  latencies: number[];
  errorKinds: Record<string, number>;
  /** From the first measured message sent to the last measured answer received. */
  durationMs: number;
  /** The ramp messages' latencies (start burst and finish), reported apart. */
  rampLatencies: number[];
}

const random = seededRandom;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The load generator: every conversation at once, each sending its messages one after the other. */
export async function runClient(params: ClientParams): Promise<ClientResult> {
  // One keep-alive connection per conversation. One idle for 4 s is replaced before the server's 5 s
  // keep-alive timeout could close it just as a request is written (ECONNRESET), as a careful client does.
  const connections = Array.from({ length: params.conversations }, () => new HttpConnection(params.port, 4000));
  const closeAll = (): void => connections.forEach((connection) => connection.close());
  const next = random(params.seed);
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  try {
    // Open every connection first, untimed, as a channel's connection pool would have them: otherwise the
    // first wave measures the server accepting 200 new connections at once behind the turns it is running.
    await Promise.all(connections.map((connection) => connection.request('GET', '/api/health')));
  } catch (error) {
    closeAll();
    throw error;
  }
  const ramp = params.rampMessages ?? 0;
  const rampLatencies: number[] = [];
  let firstMeasured = Infinity;
  let lastMeasured = -Infinity;
  try {
    await Promise.all(
      Array.from({ length: params.conversations }, async (_, conversation) => {
        if (params.thinkMs > 0) await pause(next() * params.thinkMs);
        const deadline = performance.now() + (params.minDurationMs ?? 0);
        for (let sequence = 0; sequence < params.messages + 2 * ramp || performance.now() < deadline; sequence++) {
          if (sequence > 0 && params.thinkMs > 0) await pause(params.thinkMs * (0.5 + next()));
          const measured = sequence >= ramp && sequence < ramp + params.messages;
          const question = LOAD_QUESTIONS[(conversation + sequence + params.offset) % LOAD_QUESTIONS.length] ?? 'Hur mycket fick ASN 2024?';
          const sent = performance.now();
          let problem: string | null;
          try {
            const response = await connections[conversation]!.request('POST', '/api/messages', activity(conversation, sequence + params.offset, question));
            problem = problemOf(response.status, response.body);
          } catch (error) {
            problem = `anslutningsfel ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
          }
          const received = performance.now();
          // A ramp message that fails is an error all the same; only its latency is kept apart.
          if (problem) errorKinds[problem] = (errorKinds[problem] ?? 0) + 1;
          if (!measured) {
            rampLatencies.push(received - sent);
            continue;
          }
          latencies.push(received - sent);
          firstMeasured = Math.min(firstMeasured, sent);
          lastMeasured = Math.max(lastMeasured, received);
        }
      }),
    );
  } finally {
    closeAll();
  }
  return { latencies, errorKinds, durationMs: latencies.length > 0 ? lastMeasured - firstMeasured : 0, rampLatencies };
}

/** Runs the generator in a worker thread (another core) and waits for its result. */
export function runClientInWorker(params: ClientParams): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { loadClient: params } });
    worker.once('message', (result: ClientResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`lastgeneratorn avslutades med kod ${code}`));
    });
  });
}


if (!isMainThread && (workerData as { loadClient?: ClientParams } | null)?.loadClient) {
  const params = (workerData as { loadClient: ClientParams }).loadClient;
  void runClient(params).then((result) => parentPort?.postMessage(result));
}
