import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant/answer.js';
import type { Project } from '../domain/project.js';
import { latestProjectYear } from '../domain/dataset.js';
import { datasetProjectLookup } from '../lookup/project-lookup.js';
import { sampleDataset } from '../test-support/datasets.js';
import { foldText } from '../text/fold.js';
import { formatKronor } from '../text/swedish-number.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardBytes, type AdaptiveCard } from './adaptive-card.js';
import { silentLogger } from './bot-logger.js';
import { createBotApp } from './create-bot-app.js';
import { MemoryFeedbackRecorder } from './feedback-recorder.js';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER, extensionText } from './message-extension.js';
import { MAX_EXTENSION_CARD_BYTES, THUMBNAIL_CARD_CONTENT_TYPE } from './project-lookup-card.js';

const dataset = sampleDataset();
const projects: Project[] = latestProjectYear(dataset)?.projects ?? [];
const year = latestProjectYear(dataset)?.year ?? 0;

const unusedAssistant: Assistant = { answer: () => Promise.reject(new Error('the search extension must not ask the assistant')) };

interface ExtensionAttachment { contentType: string; content: unknown; preview?: { contentType: string; content: { title: string; text: string; tap: { type: string; value: unknown } } } }
interface ExtensionResponse { status: number; body: { composeExtension: { type: string; text?: string; attachments?: ExtensionAttachment[] } } }

function setup() {
  const bot = createBotApp({ assistant: unusedAssistant, feedbackRecorder: new MemoryFeedbackRecorder(), logger: silentLogger, auth: {}, projectLookup: datasetProjectLookup(() => dataset) });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const invoke = async (name: string, value: unknown): Promise<ExtensionResponse> => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'invoke', name, value, channelId: 'msteams',
      from: { id: 'user-1', name: 'Anna', aadObjectId: 'aad-user-1' }, recipient: { id: 'bot-id', name: 'Internationellt arbete' },
      conversation: { id: 'conv-1', conversationType: 'personal', isGroup: false, name: '' },
    } as Partial<Activity>);
    const response = adapter.activeQueue.splice(0).find((activity) => activity.type === 'invokeResponse');
    expect(response, `${name} gav inget invoke-svar`).toBeDefined();
    return response?.value as ExtensionResponse;
  };
  const query = (text: string, queryOptions = { count: 25, skip: 0 }) =>
    invoke('composeExtension/query', { commandId: SEARCH_COMMAND_ID, parameters: [{ name: SEARCH_PARAMETER, value: text }], queryOptions });
  const select = (item: unknown) => invoke('composeExtension/selectItem', item);
  return { query, select };
}

/** Every result is an Adaptive Card under 28 KB with a thumbnail preview whose tap brings the item back. */
function checkedResults(response: ExtensionResponse): ExtensionAttachment[] {
  expect(response.status).toBe(200);
  expect(response.body.composeExtension.type).toBe('result');
  const attachments = response.body.composeExtension.attachments ?? [];
  for (const attachment of attachments) {
    expect(attachment.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect((attachment.content as AdaptiveCard).version).toBe('1.5');
    expect(cardBytes(attachment.content)).toBeLessThan(MAX_EXTENSION_CARD_BYTES);
    expect(attachment.preview?.contentType).toBe(THUMBNAIL_CARD_CONTENT_TYPE);
    expect(attachment.preview?.content.tap.type).toBe('invoke');
  }
  return attachments;
}

const firstProjectId = (attachments: ExtensionAttachment[]): string | undefined => {
  const item = attachments.map((attachment) => attachment.preview?.content.tap.value as { kind: string; projectId?: string }).find((value) => value.kind === 'project');
  return item?.projectId;
};

const paidOf = (project: Project): number => project.participations.reduce((sum, participation) => sum + participation.paidKr, 0);
const projectWords = (project: Project): string => foldText([project.name, project.acronym ?? '', project.description, ...project.themes].join(' '));

describe('the search message extension through the bot (composeExtension/query and selectItem)', () => {
  it('lists the latest year\'s largest projects for an empty query, largest first', async () => {
    const { query } = setup();
    const attachments = checkedResults(await query(''));
    const expected = projects.filter((project) => project.participations.length > 0).sort((left, right) => paidOf(right) - paidOf(left)).slice(0, 25).map((project) => project.id);
    expect(attachments.map((attachment) => (attachment.preview?.content.tap.value as { projectId: string }).projectId)).toEqual(expected);
  });

  it('puts the project first for its name, for every project in the data, and for a misspelt acronym', async () => {
    const { query } = setup();
    for (const project of projects) expect(firstProjectId(checkedResults(await query(project.name))), project.name).toBe(project.id);
    const withAcronym = projects.find((project) => project.acronym && project.acronym.length >= 6);
    if (withAcronym?.acronym) expect(firstProjectId(checkedResults(await query(withAcronym.acronym.toLowerCase().replace(/.$/, ''))))).toBe(withAcronym.id);
  });

  it('puts a project with a partner in the city first for a city written in Swedish or locally', async () => {
    const { query } = setup();
    for (const { city, local } of [{ city: 'Köpenhamn', local: 'Københavns' }, { city: 'Helsingfors', local: 'Helsingin' }, { city: 'Graz', local: 'Graz' }, { city: 'Barcelona', local: 'Barcelona' }]) {
      const expected = projects.filter((project) => [project.lead, ...project.partners].some((partner) => partner?.organisation.includes(local))).map((project) => project.id);
      expect(expected.length, `${local} finns i datan`).toBeGreaterThan(0);
      const attachments = checkedResults(await query(city));
      expect(expected, city).toContain(firstProjectId(attachments));
      const partners = attachments.map((attachment) => attachment.preview?.content.tap.value as { kind: string; organisation?: string }).filter((value) => value.kind === 'partner');
      expect(partners.some((partner) => partner.organisation?.includes(local)), `${city}: partnern själv bland träffarna`).toBe(true);
    }
  });

  it('puts the project first for a topic only it has (a theme in no other project\'s text)', async () => {
    const { query } = setup();
    const topics = [...new Set(projects.flatMap((project) => project.themes.map((theme) => theme.toLowerCase())))].flatMap((theme) => {
      const holders = projects.filter((project) => projectWords(project).includes(foldText(theme)));
      return holders.length === 1 && holders[0] ? [{ theme, id: holders[0].id }] : [];
    });
    expect(topics.length).toBeGreaterThanOrEqual(10);
    for (const { theme, id } of topics) expect(firstProjectId(checkedResults(await query(theme))), theme).toBe(id);
  });

  it('finds a förvaltning by name, with its contact person from its submission', async () => {
    const { query, select } = setup();
    const attachments = checkedResults(await query('Miljöförvaltningen'));
    const first = attachments[0]?.preview?.content.tap.value;
    expect(first).toEqual({ kind: 'forvaltning', namnd: 'mn' });
    const contact = dataset.years.flatMap((entry) => entry.submissions).filter((submission) => submission.namnd === 'mn').at(-1)?.contact.name;
    const card = (await select(first)).body.composeExtension.attachments?.[0]?.content;
    expect(JSON.stringify(card)).toContain(contact ?? 'kontaktperson saknas i datan');
  });

  it('inserts an Adaptive Card 1.5 for the chosen project: name, programme, nämnder, period, paid with year and source, partners, contact', async () => {
    const { query, select } = setup();
    const project = [...projects].filter((candidate) => candidate.partners.length > 0 && candidate.contact).sort((left, right) => paidOf(right) - paidOf(left))[0];
    expect(project).toBeDefined();
    if (!project) return;
    const chosen = checkedResults(await query(project.name))[0]?.preview?.content.tap.value;
    const response = await select(chosen);
    const [attachment] = response.body.composeExtension.attachments ?? [];
    expect(attachment?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    const card = attachment?.content as AdaptiveCard;
    expect(card.version).toBe('1.5');
    expect(cardBytes(card)).toBeLessThan(MAX_EXTENSION_CARD_BYTES);
    const text = JSON.stringify(card);
    for (const expected of [project.name, project.programme, `Utbetalt ${year}`, formatKronor(paidOf(project)), `${year}/projects.json`, project.contact ?? '', project.partners[0]?.organisation ?? '']) {
      expect(text, expected).toContain(expected);
    }
    for (const participation of project.participations) expect(text).toContain(participation.role);
    if (project.start) expect(text).toContain(project.start);
  });

  it('keeps the card of the project with the most partners under 28 KB, and submission text inert', async () => {
    const { query, select } = setup();
    const widest = [...projects].sort((left, right) => right.partners.length - left.partners.length)[0];
    if (!widest) return;
    const chosen = checkedResults(await query(widest.name))[0]?.preview?.content.tap.value;
    const card = (await select(chosen)).body.composeExtension.attachments?.[0]?.content;
    expect(cardBytes(card)).toBeLessThan(MAX_EXTENSION_CARD_BYTES);
    for (const hostile of ['[klicka här](https://evil.example) ![x](http://evil.example/a.png)', 'Köpenhamn https://evil.example']) {
      expect(JSON.stringify(await query(hostile))).not.toMatch(/\]\(https?:|evil\.example/);
    }
  });

  it('answers a forged or stale item with a message instead of a card, and pages with skip', async () => {
    const { query, select } = setup();
    for (const forged of [{ kind: 'project', year, projectId: 'finns-inte' }, { kind: 'project', year: 'x' }, { kind: 'forvaltning', namnd: 'okand' }, 'text', null]) {
      const response = await select(forged);
      expect(response.body.composeExtension).toEqual({ type: 'message', text: extensionText.stale });
    }
    const all = checkedResults(await query('', { count: 10, skip: 0 })).map((attachment) => attachment.preview?.content.tap.value);
    const next = checkedResults(await query('', { count: 10, skip: 10 })).map((attachment) => attachment.preview?.content.tap.value);
    expect(all).toHaveLength(10);
    expect(next.length).toBeGreaterThan(0);
    expect(next).not.toContainEqual(all[0]);
    const none = await query('qqxzzv wqqpt');
    expect(none.body.composeExtension.type).toBe('message');
  });
});
