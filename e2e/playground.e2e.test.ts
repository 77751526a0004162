/**
 * End to end: the bot with the real data folder and Microsoft 365 Agents Playground (Microsoft's local
 * Teams client), driven through its web UI in headless Debian Chromium with playwright-core. Nothing
 * leaves the machine: every non-localhost request from the page is blocked.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type RunningPlayground } from '../src/bot/agents-playground.js';
import type { BotLogger } from '../src/bot/bot-logger.js';
import { MemoryFeedbackRecorder } from '../src/bot/feedback-recorder.js';
import { startBotService, type BotService } from '../src/bot/bot-service.js';
import { loadConfig } from '../src/config/env.js';
import { formatInteger } from '../src/text/swedish-number.js';
import { namndById } from '../src/domain/organisation.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'data');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e/playground.e2e.test.ts hoppas över: ${CHROMIUM} saknas (apt-get install -y chromium).`);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

const COMPOSE_BOX = '[data-lexical-editor="true"][role="textbox"]';
const BOT_MESSAGE = 'div:has(> [aria-label="Message header"] > [aria-label="Message author"])';

interface ProjectRecord {
  name: string;
  programme: string;
}

/** What the data says, so the test checks the answers against the data rather than fixed strings. */
function expectations() {
  const published = JSON.parse(readFileSync(join(DATA_DIR, '2024', 'published.json'), 'utf8')) as {
    perNamnd: Array<{ namnd: string; paidKr: number; projects: number }>;
  };
  const most = [...published.perNamnd].sort((left, right) => right.projects - left.projects)[0];
  const asnPaid = published.perNamnd.find((row) => row.namnd === 'asn')?.paidKr;
  const projects = (JSON.parse(readFileSync(join(DATA_DIR, '2024', 'projects.json'), 'utf8')) as { projects: ProjectRecord[] }).projects;
  const interreg = projects.filter((project) => /interreg/i.test(project.programme)).map((project) => project.name);
  if (asnPaid === undefined || interreg.length === 0 || !most) throw new Error('data/2024 lacks ASN, Interreg projects or nämnder');
  return { asnPaid: formatInteger(asnPaid), interreg, mostProjects: namndById(most.namnd).namn };
}

async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator(BOT_MESSAGE).count();
  const box = page.locator(COMPOSE_BOX);
  await box.click();
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length > count,
    { selector: BOT_MESSAGE, count: before },
    { timeout: 60_000 },
  );
}

/** The text of the bot's messages after the n-th one. */
async function botTextsAfter(page: Page, index: number): Promise<string[]> {
  const messages = page.locator(BOT_MESSAGE);
  const count = await messages.count();
  const texts: string[] = [];
  for (let i = index; i < count; i++) texts.push(await messages.nth(i).innerText());
  return texts;
}

describe.skipIf(!hasChromium)('Teams bot in Microsoft 365 Agents Playground (headless Chromium)', () => {
  let service: BotService;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  const playgroundOutput: string[] = [];
  const feedback = new MemoryFeedbackRecorder();
  // The bot's log, printed when a test fails.
  const botLog: string[] = [];
  const logger: BotLogger = {
    info: (message) => botLog.push(`info ${message}`),
    warn: (message) => botLog.push(`warn ${message}`),
    error: (message, error) => botLog.push(`error ${message} ${error instanceof Error ? error.stack : ''}`),
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const config = loadConfig({});
    const options = { config, dataDir: DATA_DIR, port: 0, logger, feedbackRecorder: feedback, auditLog: null };
    service = await startBotService(options);
    playground = await startPlayground({
      projectRoot: ROOT,
      botEndpoint: service.server.messagesUrl,
      logFile: join(ARTIFACTS, 'playground.log'),
      timeoutMs: 90_000,
      onOutput: (line) => playgroundOutput.push(line),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 90_000 });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load')) playgroundOutput.push(`page: ${message.text().slice(0, 300)}`);
    });
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
    });
    await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.locator(COMPOSE_BOX).waitFor({ state: 'visible', timeout: 90_000 });
  }, 240_000);

  afterEach((context) => {
    if (context.task.result?.state === 'fail') console.error(`bot log:\n${botLog.join('\n')}\nplayground:\n${playgroundOutput.join('\n')}`);
  });

  afterAll(async () => {
    await page?.screenshot({ path: join(ARTIFACTS, 'playground-e2e.png'), fullPage: true }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await playground?.stop();
    await service?.close();
  }, 60_000);

  it('shows the welcome message with example questions when the chat opens', async () => {
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, BOT_MESSAGE, { timeout: 60_000 });
    const [welcome] = await botTextsAfter(page, 0);
    expect(welcome).toContain('Hur mycket fick ASN 2024?');
  }, 90_000);

  it('answers an example question clicked in the welcome card (Action.Submit)', async () => {
    const { mostProjects } = expectations();
    const before = await page.locator(BOT_MESSAGE).count();
    await page.locator('.ac-adaptiveCard').first().getByRole('button', { name: 'Vilken nämnd har flest projekt?' }).click();
    await expect.poll(async () => (await botTextsAfter(page, before)).join('\n'), { timeout: 60_000, interval: 500 }).toContain(mostProjects);
  }, 120_000);

  it('answers "Hur mycket fick ASN 2024?" with the figure from the data', async () => {
    const { asnPaid } = expectations();
    const before = await page.locator(BOT_MESSAGE).count();
    await ask(page, 'Hur mycket fick ASN 2024?');
    await expect.poll(async () => (await botTextsAfter(page, before)).join('\n'), { timeout: 60_000, interval: 500 }).toContain(asnPaid);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-asn.png') });
  }, 120_000);

  it('answers "Vilka Interreg-projekt finns?" with a rendered Adaptive Card listing the projects', async () => {
    const { interreg } = expectations();
    const before = await page.locator(BOT_MESSAGE).count();
    const cardsBefore = await page.locator('.ac-adaptiveCard').count();
    await ask(page, 'Vilka Interreg-projekt finns?');
    await expect.poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 60_000, interval: 500 }).toBeGreaterThan(cardsBefore);
    const cardText = (await page.locator('.ac-adaptiveCard').allInnerTexts()).slice(cardsBefore).join('\n');
    const answerText = (await botTextsAfter(page, before)).join('\n');
    expect(answerText).toMatch(/interreg/i);
    const listed = interreg.filter((name) => cardText.includes(name));
    expect(listed.length).toBeGreaterThan(0);
    await page.locator('.ac-adaptiveCard').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'playground-interreg.png') });
  }, 120_000);

  it('records thumbs-up feedback with its comment', async () => {
    await page.getByRole('button', { name: 'Like', exact: true }).last().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea').fill('Tydligt svar med källa');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => feedback.entries.length, { timeout: 30_000, interval: 250 }).toBe(1);
    expect(feedback.entries[0]).toMatchObject({ reaction: 'like', feedback: 'Tydligt svar med källa' });
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }, 90_000);

  it('answers in a team channel when @mentioned', async () => {
    const { asnPaid } = expectations();
    await page.getByText('EU-projekt', { exact: true }).click();
    const newPost = page.locator(COMPOSE_BOX).first();
    await newPost.waitFor({ state: 'visible' });
    // The log panel repeats every message: hide it so that only the channel's posts count.
    await page.getByRole('button', { name: 'Hide log panel' }).click();
    const occurrences = async (): Promise<number> => (await page.locator('body').innerText()).split(asnPaid).length - 1;
    await expect.poll(occurrences, { timeout: 10_000 }).toBe(0);
    const before = 0;
    await newPost.click();
    await page.keyboard.type('@Inter');
    await page.getByRole('menuitem', { name: 'Internationellt arbete' }).click();
    await page.keyboard.type(' Hur mycket fick ASN 2024?');
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.poll(occurrences, { timeout: 60_000, interval: 500 }).toBeGreaterThan(before);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-channel.png') });
  }, 120_000);
});
