import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DRAFT_EXAMPLE, EXAMPLE_QUESTIONS } from './bot-text.js';
import { parseBotCommand } from './bot-command.js';

const APP_PACKAGE = resolve(import.meta.dirname, '..', '..', 'appPackage');

interface Manifest {
  manifestVersion: string;
  id: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }> }>;
}

const manifest = JSON.parse(readFileSync(join(APP_PACKAGE, 'manifest.json'), 'utf8')) as Manifest;

/** Width, height, colour type and the decoded RGBA pixels of a PNG (8-bit RGBA, no interlace, filter 0 rows). */
function readPng(file: string): { width: number; height: number; colourType: number; alphaAt: (x: number, y: number) => number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const colourType = data[25] ?? -1;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < data.length; ) {
    const length = data.readUInt32BE(offset);
    if (data.toString('ascii', offset + 4, offset + 8) === 'IDAT') idat.push(data.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, colourType, alphaAt: (x, y) => raw[y * (width * 4 + 1) + 1 + x * 4 + 3] ?? -1 };
}

describe('Teams app package', () => {
  it('declares the bot in personal chat, teams, group chats and Microsoft 365 Copilot with Toolkit placeholders, within Teams\' length limits', () => {
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    const [bot] = manifest.bots;
    expect(bot?.botId).toBe('${{BOT_ID}}');
    expect(bot?.scopes.sort()).toEqual(['copilot', 'groupChat', 'personal', 'team']);
    expect(manifest.name.short.replace('${{APP_NAME_SUFFIX}}', 'local').length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    for (const list of bot?.commandLists ?? []) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('offers hjälp, exempel and utkast in every scope, each understood by the bot as that command', () => {
    for (const list of manifest.bots[0]?.commandLists ?? []) {
      const kinds = list.commands.map((command) => parseBotCommand(command.title).kind);
      expect(kinds).toContain('help');
      expect(kinds).toContain('examples');
      expect(kinds).toContain('draft');
    }
    const personal = manifest.bots[0]?.commandLists.find((list) => list.scopes.includes('personal'));
    const starters = personal?.commands.map((command) => command.title) ?? [];
    expect(starters).toContain(DRAFT_EXAMPLE);
    expect(starters.filter((title) => (EXAMPLE_QUESTIONS as readonly string[]).includes(title)).length).toBeGreaterThanOrEqual(3);
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon that is transparent around the figure', () => {
    const color = readPng(join(APP_PACKAGE, manifest.icons.color));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(join(APP_PACKAGE, manifest.icons.outline));
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    expect(outline.alphaAt(0, 0)).toBe(0);
    expect(outline.alphaAt(16, 16)).toBe(255);
  });
});
