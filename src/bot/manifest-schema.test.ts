import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';

// ajv-draft-04 is CommonJS with a default export: under NodeNext the class is on `.default`.
const Ajv = AjvDraft04.default;
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../ingest/zip-directory.js';
import { buildAppPackage } from './app-package.js';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from './message-extension.js';

const APP_PACKAGE = resolve(import.meta.dirname, '..', '..', 'appPackage');
const manifestText = readFileSync(join(APP_PACKAGE, 'manifest.json'), 'utf8');

/** The Toolkit's placeholders filled in as provisioning would (ids are GUIDs there). */
function provisioned(text: string): Record<string, unknown> {
  const values: Record<string, string> = {
    TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
    BOT_ID: '00000000-0000-4000-8000-000000000002',
    APP_NAME_SUFFIX: 'local',
  };
  const filled = text.replace(/\$\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`okänd platshållare ${name} i manifest.json`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The official schema for a manifest version, from the @microsoft/app-manifest package (no network). */
function officialSchema(version: string): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(packageDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

function validate(manifest: Record<string, unknown>): string[] {
  const schema = officialSchema(String(manifest.manifestVersion));
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const check = ajv.compile(schema);
  return check(manifest) ? [] : (check.errors ?? []).map((error) => `${error.instancePath || '(rot)'} ${error.message ?? ''}`);
}

interface Manifest {
  manifestVersion: string;
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: unknown[] }> }>;
  composeExtensions: Array<{ botId: string; commands: Array<{ id: string; type: string; title: string; initialRun?: boolean; parameters: Array<{ name: string }> }> }>;
  copilotAgents: { customEngineAgents: Array<{ id: string; type: string }> };
}

describe('the Teams manifest against the official schema of its version', () => {
  const manifest = provisioned(manifestText);

  it('passes the schema that @microsoft/app-manifest ships for its manifestVersion', () => {
    expect(validate(manifest)).toEqual([]);
  });

  it('would fail that schema with a wrong field, so the check is real', () => {
    expect(validate({ ...manifest, composeExtensions: [{ botId: 'inte-ett-guid', commands: [] }] }).length).toBeGreaterThan(0);
    expect(validate({ ...manifest, copilotAgents: { customEngineAgents: [{ id: 'x', type: 'plugin' }] } }).length).toBeGreaterThan(0);
  });

  it('declares the bot as a custom engine agent with the copilot scope and its conversation starters', () => {
    const typed = manifest as unknown as Manifest;
    const [bot] = typed.bots;
    const [agent] = typed.copilotAgents.customEngineAgents;
    expect(agent).toMatchObject({ type: 'bot', id: bot?.botId });
    expect(bot?.scopes).toEqual(expect.arrayContaining(['personal', 'copilot']));
    const starters = bot?.commandLists.find((list) => list.scopes.includes('copilot'));
    expect(starters?.commands.length).toBeGreaterThanOrEqual(3);
  });

  it('declares the search command the bot handles, with one query parameter and an initial run', () => {
    const typed = manifest as unknown as Manifest;
    const [extension] = typed.composeExtensions;
    expect(extension?.botId).toBe(typed.bots[0]?.botId);
    const [command] = extension?.commands ?? [];
    expect(command).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query', title: 'Sök EU-projekt', initialRun: true });
    expect(command?.parameters.map((parameter) => parameter.name)).toEqual([SEARCH_PARAMETER]);
  });
});

describe('the app package zip', () => {
  const values = { TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001', BOT_ID: '00000000-0000-4000-8000-000000000002', APP_NAME_SUFFIX: 'dev' };

  it('builds with the manifest (extension and Copilot declaration) and both icons, and the zipped manifest passes the schema', () => {
    const { zip } = buildAppPackage(APP_PACKAGE, values);
    const entries = readZipDirectory(zip);
    expect(entries.map((entry) => entry.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
    const compressed = manifestEntry ? entryData(zip, manifestEntry) : null;
    expect(compressed).not.toBeNull();
    const manifest = JSON.parse(inflateRawSync(compressed ?? Buffer.alloc(0)).toString('utf8')) as Manifest & Record<string, unknown>;
    expect(validate(manifest)).toEqual([]);
    expect(manifest.composeExtensions[0]?.commands[0]?.id).toBe(SEARCH_COMMAND_ID);
    expect(manifest.copilotAgents.customEngineAgents[0]?.id).toBe(values.BOT_ID);
    const icon = entries.find((entry) => entry.name === 'outline.png');
    expect(inflateRawSync(icon ? entryData(zip, icon) ?? Buffer.alloc(0) : Buffer.alloc(0))).toEqual(readFileSync(join(APP_PACKAGE, 'outline.png')));
  });

  it('refuses to build without a value for every placeholder, naming the missing ones', () => {
    expect(() => buildAppPackage(APP_PACKAGE, { APP_NAME_SUFFIX: '' })).toThrow(/TEAMS_APP_ID, BOT_ID/);
  });
});
