import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PlaygroundStartError, startPlayground } from './agents-playground.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const folders: string[] = [];
afterEach(() => {
  while (folders.length > 0) rmSync(folders.pop()!, { recursive: true, force: true });
});

function tempProject(config: string | null): string {
  const folder = mkdtempSync(join(tmpdir(), 'playground-'));
  folders.push(folder);
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(folder, 'node_modules'));
  if (config !== null) writeFileSync(join(folder, '.m365agentsplayground.yml'), config);
  return folder;
}

describe('startPlayground', () => {
  it('starts Agents Playground, reports the port it really listens on, and stops it', async () => {
    const projectRoot = tempProject(null);
    const playground = await startPlayground({ projectRoot, logFile: join(projectRoot, 'playground.log'), botEndpoint: 'http://localhost:9/api/messages', port: 0, timeoutMs: 60_000 });
    try {
      expect(playground.port).toBeGreaterThan(0);
      expect(await (await fetch(`${playground.url}/_debug/ping`)).text()).toContain('pong');
    } finally {
      await playground.stop();
    }
    expect(playground.process.exitCode !== null || playground.process.signalCode !== null).toBe(true);
  }, 90_000);

  it('fails with the Playground\'s reason when its config file is invalid', async () => {
    const projectRoot = tempProject('version: "0.1.1"\nusers: []\n');
    const error = await startPlayground({ projectRoot, logFile: join(projectRoot, 'playground.log'), botEndpoint: 'http://localhost:9/api/messages', port: 0, timeoutMs: 60_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlaygroundStartError);
    expect((error as Error).message).toMatch(/config file/i);
  }, 90_000);

  it('says how to install it when the binary is missing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'playground-'));
    folders.push(folder);
    await expect(startPlayground({ projectRoot: folder, botEndpoint: 'http://localhost:9/api/messages' })).rejects.toThrow(/npm ci/);
  });
});
