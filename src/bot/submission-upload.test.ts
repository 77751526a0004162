import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestAdapter, type Activity, type Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../assistant/create-assistant.js';
import { reloadingAssistant } from '../assistant/reloading-assistant.js';
import { DatasetHolder } from '../data/dataset-holder.js';
import { loadDataset } from '../data/load-dataset.js';
import { dataFolderIngester } from '../ingest/submission-ingester.js';
import { FIXTURE_KULTUR_2024, makeDataFolder, snapshot } from '../ingest/__fixtures__/data-folder.js';
import { StoreAuditLog, type AuditLog } from '../audit/audit-log.js';
import { createPseudonymiser } from '../audit/pseudonymiser.js';
import { SqliteAuditStore } from '../audit/sqlite-audit-store.js';
import { AccessPolicy } from '../limits/access-policy.js';
import { startBotService } from './bot-service.js';
import { loadConfig } from '../config/env.js';
import { limitText } from '../limits/limit-text.js';
import { TurnGuard } from '../limits/turn-guard.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './adaptive-card.js';
import { silentLogger } from './bot-logger.js';
import { TEAMS_FILE_DOWNLOAD_INFO } from './file-attachments.js';
import { downloadFile, FileDownloadError, type DownloadLimits, type FetchFile } from './file-download.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';
import { createGuardedBotApp } from './guarded-bot-app.js';
import { uploadText } from './upload-reply.js';

const BOT = { id: 'bot-id', name: 'Internationellt arbete' };
const ALLOWED = { id: '29:allowed', name: 'Anna Handläggare', aadObjectId: 'aad-allowed' };
const OTHER = { id: '29:other', name: 'Bo Politiker', aadObjectId: 'aad-other' };
const NOW = (): Date => new Date('2025-02-10T09:00:00Z');

const HEADER = ['Projekt', 'Program', 'Roll', 'Projektägare', 'Partners', 'Start', 'Slut', 'Total budget (kr)', 'Utbetalt under året (kr)', 'KF-mål', 'Beskrivning'];

/** A Markdown submission as a förvaltning writes it (the format of the ingest fixtures). */
function submission(rows: string[][], front: Record<string, string> = {}): string {
  const fields = { år: '2024', nämnd: 'ASN', förvaltning: 'Arbetsmarknads- och socialförvaltningen', kontaktperson: 'Per Persson', 'e-post': 'per.persson@malmo.se', ...front };
  return [
    '---', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`), '---', '',
    '## Internationellt arbete under året', '', 'Förvaltningen arbetade med kompetensutveckling i europeiska nätverk.', '',
    '## Externfinansierade projekt', '',
    `| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), '',
  ].join('\n');
}

const NEW_PROJECT = 'Gröna jobb i Öresund';
const VALID = submission([[NEW_PROJECT, 'ESF+', 'Projektägare', '', 'Region Skåne (SE)', '2024-01-01', '2026-12-31', '5 000 000', '1 234 000', '2', 'Arbetsträning inom grön omställning.']]);
const INVALID = submission([
  ['Trasigt projekt', 'ESF+', 'Projektägare', '', '', '2024-01-01', '2026-12-31', '5 000 000', 'tjugo tusen', '2', 'Text.'],
]);

/** Files served on loopback, with every request recorded (so a test can see that nothing was downloaded). */
interface FileServer {
  base: string;
  requests: string[];
  files: Map<string, { body: Buffer | string; headers?: Record<string, string>; status?: number }>;
  server: Server;
}

async function startFileServer(): Promise<FileServer> {
  const files: FileServer['files'] = new Map();
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url ?? '');
    if (request.url === '/hang') return; // never answers
    if (request.url === '/huge-chunked') {
      // 21 MB without Content-Length: the size is caught while reading.
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 21 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('error', () => undefined);
      pump();
      return;
    }
    const file = files.get(request.url ?? '');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(file.status ?? 200, file.headers ?? { 'content-type': 'application/octet-stream' });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, requests, files, server };
}

let files: FileServer;
beforeAll(async () => {
  files = await startFileServer();
});
afterAll(async () => {
  files.server.closeAllConnections();
  await new Promise((resolve) => files.server.close(resolve));
});

function serve(name: string, body: string | Buffer): string {
  const path = `/files/${Math.random().toString(36).slice(2)}/${encodeURIComponent(name)}`;
  files.files.set(path, { body });
  return `${files.base}${path}`;
}

/** A file as Teams attaches it in a personal chat. */
function teamsFile(name: string, url: string): Attachment {
  return { contentType: TEAMS_FILE_DOWNLOAD_INFO, name, content: { downloadUrl: url, uniqueId: 'u1', fileType: name.split('.').pop() } };
}

function setup(options: { downloadLimits?: Partial<DownloadLimits>; auditLog?: AuditLog } = {}) {
  const dataDir = makeDataFolder();
  const holder = new DatasetHolder(loadDataset(dataDir));
  const assistant = reloadingAssistant(holder, (dataset) => createAssistant({ dataset }));
  const fetched: string[] = [];
  const fetchFile: FetchFile = (url, init) => {
    fetched.push(url);
    return fetch(url, init);
  };
  const bot = createGuardedBotApp({
    assistant,
    feedbackRecorder: new MemoryFeedbackRecorder(),
    logger: silentLogger,
    auth: {},
    turnGuard: new TurnGuard({
      rate: { perUser: { capacity: 100, refillPerSecond: 100 }, perConversation: { capacity: 100, refillPerSecond: 100 } },
      work: { maxInFlight: 4, maxQueued: 4, queueTimeoutMs: 1000 },
      maxQuestionLength: 1000,
      turnTimeoutMs: 20_000,
    }),
    accessPolicy: new AccessPolicy({ allowedUsers: [ALLOWED.aadObjectId], openWhenUnconfigured: false }),
    auditLog: options.auditLog ?? null,
    ingester: dataFolderIngester({ dataDir, holder, now: NOW }),
    fetchFile,
    ...(options.downloadLimits ? { downloadLimits: options.downloadLimits } : {}),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'message',
      channelId: 'msteams',
      from: ALLOWED,
      recipient: BOT,
      conversation: { id: 'conv-personal', conversationType: 'personal', isGroup: false, name: '' },
      ...activity,
    } as Partial<Activity>);
    return adapter.activeQueue.splice(0).filter((reply) => reply.type === 'message');
  };
  const upload = (attachments: Attachment[], activity: Partial<Activity> = {}) => send({ text: '', attachments, ...activity });
  return { dataDir, holder, fetched, send, upload };
}

const cardsOf = (activity: Partial<Activity> | undefined): AdaptiveCard[] =>
  (activity?.attachments ?? []).filter((attachment) => attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE).map((attachment) => attachment.content as AdaptiveCard);

/** Everything a reply says, text and card, as one string. */
const said = (replies: Partial<Activity>[]): string => replies.map((reply) => `${reply.text ?? ''}\n${JSON.stringify(reply.attachments ?? [])}`).join('\n');

describe('handing in a submission through Teams', () => {
  it('an allowed user uploads a valid Markdown submission: it is added, and the next question uses it', async () => {
    const { dataDir, holder, fetched, send, upload } = setup();
    const before = said(await send({ text: 'Vilka projekt har ASN 2024?' }));
    expect(before).not.toContain(NEW_PROJECT);

    const url = serve('asf.md', VALID);
    const replies = await upload([teamsFile('asf.md', url), { contentType: 'text/html', content: '<p>asf.md</p>' }]);
    expect(fetched).toEqual([url]);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/Underlaget är inläst/);
    expect(replies[0]?.text).toMatch(/Arbetsmarknads- och socialförvaltningen 2024\*\* \(asf\.md\): nytt underlag med 1 projekt/);
    expect(replies[0]?.text).toContain(`nya projekt: ${NEW_PROJECT}`);
    expect(existsSync(join(dataDir, '2024/underlag/arbetsmarknads-och-socialforvaltningen.md'))).toBe(true);
    expect(readFileSync(join(dataDir, '2024/projects.json'), 'utf8')).toContain(NEW_PROJECT);
    expect(holder.version).toBe(1);

    const after = await send({ text: 'Vilka projekt har ASN 2024?' });
    expect(said(after)).toContain(NEW_PROJECT);

    // The same file again: nothing to do, and the dataset is not swapped.
    const again = await upload([teamsFile('asf.md', serve('asf.md', VALID))]);
    expect(again[0]?.text).toMatch(/oförändrat/);
    expect(holder.version).toBe(1);
  });

  it('an invalid file: every problem listed (file, place, field, found), nothing changed', async () => {
    const { dataDir, upload } = setup();
    const before = snapshot(dataDir);
    const replies = await upload([teamsFile('asf.md', serve('asf.md', INVALID)), teamsFile('anteckning.txt', serve('anteckning.txt', 'hej'))]);
    expect(snapshot(dataDir)).toEqual(before);
    const [reply] = replies;
    expect(reply?.text).toMatch(/Underlaget lästes inte in/);
    expect(reply?.text).toMatch(/Inget har ändrats/);
    expect(reply?.text).toMatch(/- \*\*asf\.md\*\* \(rad \d+, Utbetalt under året \(kr\)\): "tjugo tusen" är inget belopp — skriv/);
    expect(reply?.text).toMatch(/\*\*anteckning\.txt\*\*: har en filtyp som inte kan läsas \(\.txt\)/);
    const card = cardsOf(reply)[0];
    const facts = JSON.stringify(card?.body);
    expect(facts).toContain('"title":"Hittade","value":"tjugo tusen"');
    expect(facts).toContain('anteckning.txt');
    expect(card?.actions).toBeUndefined();
  });

  it('a submission for a förvaltning that already has one: refused with a replace button; the button replaces it', async () => {
    const { dataDir, holder, fetched, send, upload } = setup();
    const changed = FIXTURE_KULTUR_2024.replace('210 000', '260 000');
    const before = snapshot(dataDir);
    const refused = await upload([teamsFile('kultur.md', serve('kultur.md', changed))]);
    expect(snapshot(dataDir)).toEqual(before);
    expect(refused[0]?.text).toMatch(/har redan ett underlag för 2024 .* skriv "ersätt"/);
    const button = cardsOf(refused[0])[0]?.actions?.[0] as { type: string; title: string; data: unknown };
    expect(button).toMatchObject({ type: 'Action.Submit', title: uploadText.replaceButton });

    const replaced = await send({ text: undefined, value: button.data });
    expect(fetched).toHaveLength(2);
    expect(replaced[0]?.text).toMatch(/Kulturförvaltningen 2024\*\* \(kultur\.md\): ersatte det tidigare underlaget/);
    expect(replaced[0]?.text).toContain('uppdaterade projekt: Perfare');
    expect(readFileSync(join(dataDir, '2024/underlag/kulturforvaltningen.md'), 'utf8')).toContain('260 000');
    expect(holder.version).toBe(1);

    // The pending upload is used once: "ersätt" again has nothing to replace with.
    expect((await send({ text: 'ersätt' }))[0]?.text).toBe(uploadText.nothingToReplace);
  });

  it('"ersätt" in the message with the file replaces at once (Emulator-style attachment with contentUrl)', async () => {
    const { dataDir, upload } = setup();
    const changed = FIXTURE_KULTUR_2024.replace('210 000', '270 000');
    const replies = await upload([{ contentType: 'text/markdown', name: 'kultur.md', contentUrl: serve('kultur.md', changed) }], { text: 'Ersätt vårt underlag' });
    expect(replies[0]?.text).toMatch(/ersatte det tidigare underlaget/);
    expect(readFileSync(join(dataDir, '2024/underlag/kulturforvaltningen.md'), 'utf8')).toContain('270 000');
  });

  it('a user who is not allowed gets the polite refusal and nothing is downloaded', async () => {
    const { dataDir, fetched, upload, send } = setup();
    const requestsBefore = files.requests.length;
    const before = snapshot(dataDir);
    const replies = await upload([teamsFile('asf.md', serve('asf.md', VALID))], { from: OTHER });
    expect(replies.map((reply) => reply.text)).toEqual([limitText.ingestRefused]);
    expect((await send({ from: OTHER, value: { uploadAction: 'replace' } })).map((reply) => reply.text)).toEqual([limitText.ingestRefused]);
    expect(fetched).toEqual([]);
    expect(files.requests.length).toBe(requestsBefore);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an oversize file is refused (Content-Length or counted while reading), nothing changed', async () => {
    const { dataDir, upload } = setup();
    const before = snapshot(dataDir);
    files.files.set('/stor.pdf', { body: Buffer.alloc(25 * 1024 * 1024, 0x25), headers: { 'content-length': String(25 * 1024 * 1024) } });
    const declared = await upload([teamsFile('stor.pdf', `${files.base}/stor.pdf`)]);
    expect(declared[0]?.text).toMatch(/\*\*stor\.pdf\*\*: är 25 MB — filer får vara högst 20 MB/);
    const streamed = await upload([teamsFile('stor.md', `${files.base}/huge-chunked`), teamsFile('asf.md', serve('asf.md', VALID))]);
    expect(streamed[0]?.text).toMatch(/\*\*stor\.md\*\*: är över 20 MB/);
    expect(streamed[0]?.text).toMatch(/Inget har ändrats/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('in a group chat or channel an upload is refused with a note to use personal chat', async () => {
    const { dataDir, fetched, upload } = setup();
    const before = snapshot(dataDir);
    const channel = { conversation: { id: '19:channel;messageid=1', conversationType: 'channel', isGroup: true, name: 'Allmänt' } };
    const mention = { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT };
    const allowed = await upload([teamsFile('asf.md', serve('asf.md', VALID))], { ...channel, text: `<at>${BOT.name}</at> här är underlaget`, entities: [mention] } as Partial<Activity>);
    expect(allowed.map((reply) => reply.text)).toEqual([uploadText.personalOnly]);
    const other = await upload([teamsFile('asf.md', serve('asf.md', VALID))], { ...channel, from: OTHER, text: `<at>${BOT.name}</at>`, entities: [mention] } as Partial<Activity>);
    expect(other.map((reply) => reply.text)).toEqual([limitText.ingestRefused]);
    // Not addressed to the bot: no reply at all.
    expect(await upload([teamsFile('asf.md', serve('asf.md', VALID))], { ...channel })).toEqual([]);
    expect(fetched).toEqual([]);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('records uploads in the audit log by file name: handed in, and refused', async () => {
    const auditLog = new StoreAuditLog({ store: new SqliteAuditStore(':memory:'), pseudonymiser: createPseudonymiser('test-secret-0123456789') });
    const { upload } = setup({ auditLog });
    await upload([teamsFile('asf.md', serve('asf.md', VALID))]);
    await upload([teamsFile('asf.md', serve('asf.md', VALID))], { from: OTHER });
    const rows = (await auditLog.exportSince(new Date(0))).map((row) => row.answer);
    expect(rows.map((row) => [row.outcome, row.toolCalls])).toEqual([
      ['answered', [{ tool: 'inlämning', args: { files: ['asf.md'] } }]],
      ['refused', [{ tool: 'inlämning', args: { files: ['asf.md'] } }]],
    ]);
    expect(JSON.stringify(rows)).not.toContain(files.base);
  });

  it('answers questions as before when a message has no files', async () => {
    const { send } = setup();
    const replies = await send({ text: 'Hur mycket fick Kulturnämnden 2024?' });
    expect(said(replies)).toMatch(/210 000/);
  });
});

describe('the bot service (npm run bot) over HTTP', () => {
  function post(port: number, body: object): Promise<string[]> {
    return new Promise((resolvePost, reject) => {
      const payload = JSON.stringify(body);
      const request = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => {
            const activities = (JSON.parse(text || '{}') as { activities?: Array<Partial<Activity>> }).activities ?? [];
            resolvePost(activities.filter((activity) => activity.type === 'message').map((activity) => `${activity.text ?? ''}\n${JSON.stringify(activity.attachments ?? [])}`));
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  it('wires the ingester to the data folder and swaps the running assistant to the new data', async () => {
    const dataDir = makeDataFolder();
    const service = await startBotService({ config: loadConfig({}), dataDir, port: 0, logger: silentLogger, auditLog: null });
    try {
      const message = (extra: Record<string, unknown>) => ({
        type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
        from: ALLOWED, recipient: BOT, conversation: { id: 'conv-http', conversationType: 'personal' }, ...extra,
      });
      expect((await post(service.server.port, message({ text: 'Vilka projekt har ASN 2024?' }))).join('\n')).not.toContain(NEW_PROJECT);
      // Local mode (no BOT_ID): everyone may hand in; the file comes inline as the Agents Playground sends it.
      const url = `data:text/markdown;base64,${Buffer.from(VALID).toString('base64')}`;
      const uploaded = await post(service.server.port, message({ text: '', attachments: [{ contentType: 'text/markdown', name: 'asf.md', contentUrl: url }] }));
      expect(uploaded.join('\n')).toMatch(/Underlaget är inläst/);
      expect((await post(service.server.port, message({ text: 'Vilka projekt har ASN 2024?' }))).join('\n')).toContain(NEW_PROJECT);
    } finally {
      await service.close();
    }
  });
});

describe('downloadFile', () => {
  const limits: DownloadLimits = { maxBytes: 1000, timeoutMs: 2000, maxRedirects: 3, allowLoopbackHttp: true };
  const failure = (promise: Promise<unknown>): Promise<FileDownloadError> =>
    promise.then(
      () => {
        throw new Error('expected a FileDownloadError');
      },
      (error: unknown) => error as FileDownloadError,
    );

  it('takes https, and http only on loopback in local mode, before any request', async () => {
    const requested: string[] = [];
    const fake: FetchFile = async (url) => {
      requested.push(url);
      return new Response('x');
    };
    expect((await failure(downloadFile({ name: 'a.md', url: 'http://example.org/a.md' }, fake, limits))).reason).toBe('address');
    expect((await failure(downloadFile({ name: 'a.md', url: `${files.base}/x` }, fake, { ...limits, allowLoopbackHttp: false }))).reason).toBe('address');
    expect((await failure(downloadFile({ name: 'a.md', url: 'file:///etc/passwd' }, fake, limits))).reason).toBe('address');
    expect(requested).toEqual([]);
    expect(Buffer.from(await downloadFile({ name: 'a.md', url: 'https://contoso.sharepoint.com/a.md' }, fake, limits)).toString()).toBe('x');
    // Inline data (the Agents Playground): decoded without a request, and bounded too.
    expect(Buffer.from(await downloadFile({ name: 'a.md', url: `data:text/markdown;base64,${Buffer.from('# Rubrik').toString('base64')}` }, fake, limits)).toString()).toBe('# Rubrik');
    expect((await failure(downloadFile({ name: 'a.md', url: `data:text/plain;base64,${Buffer.alloc(2000).toString('base64')}` }, fake, limits))).reason).toBe('too-large');
    expect(requested).toEqual(['https://contoso.sharepoint.com/a.md']);
  });

  it('follows a redirect on the same host, never to another host', async () => {
    files.files.set('/moved', { body: '', status: 302, headers: { location: '/target' } });
    files.files.set('/target', { body: 'innehåll' });
    files.files.set('/elsewhere', { body: '', status: 302, headers: { location: files.base.replace('127.0.0.1', 'localhost') + '/target' } });
    const fetchFile: FetchFile = (url, init) => fetch(url, init);
    expect(Buffer.from(await downloadFile({ name: 'a.md', url: `${files.base}/moved` }, fetchFile, limits)).toString()).toBe('innehåll');
    const before = files.requests.length;
    const error = await failure(downloadFile({ name: 'a.md', url: `${files.base}/elsewhere` }, fetchFile, limits));
    expect(error.reason).toBe('redirect');
    expect(error.message).toMatch(/annan server/);
    expect(files.requests.slice(before)).toEqual(['/elsewhere']);
  });

  it('gives up after the timeout and on an error status', async () => {
    const fetchFile: FetchFile = (url, init) => fetch(url, init);
    const started = Date.now();
    const timeout = await failure(downloadFile({ name: 'a.md', url: `${files.base}/hang` }, fetchFile, { ...limits, timeoutMs: 200 }));
    expect(timeout.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    const missing = await failure(downloadFile({ name: 'a.md', url: `${files.base}/missing` }, fetchFile, limits));
    expect(missing).toMatchObject({ reason: 'status', message: expect.stringMatching(/svar 404/) });
  });
});
