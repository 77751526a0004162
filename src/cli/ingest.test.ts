import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { main } from './ingest.js';
import { FIXTURE_KULTUR_2024, makeDataFolder, makeInputFolder, snapshot } from '../ingest/__fixtures__/data-folder.js';
import { LOCK_FILE } from '../data/dataset-lock.js';

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const asf = (paid: string): string =>
  ['---', 'år: 2024', 'nämnd: ASN', 'kontaktperson: Per Persson', 'e-post: per.persson@malmo.se', '---', '', '## Externfinansierade projekt', '',
    '| Projekt | Program | Roll | Utbetalt under året (kr) |', '|---|---|---|---|', `| Skills Bridge | ESF | Projektpart | ${paid} |`, `| Perfare | Kreativa Europa | Projektpart | 1 000 |`, ''].join('\n');

describe('npm run ingest', () => {
  test('prints progress and a Swedish summary, exit 0', async () => {
    const dataDir = makeDataFolder();
    const file = join(makeInputFolder(), 'asf.md');
    writeFileSync(file, asf('12 000'));
    expect(await main(['--data', dataDir, file])).toBe(0);
    expect(stdout).toMatch(/asf\.md: godkänd \(2 projekt\)/);
    expect(stdout).toMatch(/asf\.md: underlag tillagt — Arbetsmarknads- och socialförvaltningen 2024, 2 projekt \(2024\/underlag\/arbetsmarknads-och-socialforvaltningen\.md\)/);
    expect(stdout).toMatch(/ {4}nya projekt: Skills Bridge\n {4}uppdaterade: Perfare\n/);
    expect(stdout).toMatch(/Klart: 1 underlag tillagt, 0 ersatta, 0 oförändrade\. Projekt: 1 nya, 1 uppdaterade\./);
    expect(JSON.parse(readFileSync(join(dataDir, '2024', 'projects.json'), 'utf8')).projects).toHaveLength(3);
  });

  test('a rejected run prints every problem on stderr, exit 1, nothing changed', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    writeFileSync(join(input, 'asf.md'), asf('tjugo tusen'));
    writeFileSync(join(input, 'kultur.md'), FIXTURE_KULTUR_2024.replace('210 000', '220 000'));
    const before = snapshot(dataDir);
    expect(await main(['--data', dataDir, join(input, 'asf.md'), join(input, 'kultur.md')])).toBe(1);
    expect(stderr).toMatch(/Inget lästes in — 2 fel måste rättas först:/);
    expect(stderr).toMatch(/- asf\.md, rad 12, Utbetalt under året \(kr\): "tjugo tusen" är inget belopp/);
    expect(stderr).toMatch(/- kultur\.md, förvaltning: .*--replace/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  test('--replace replaces; the same file again is unchanged', async () => {
    const dataDir = makeDataFolder();
    const file = join(makeInputFolder(), 'kultur.md');
    writeFileSync(file, FIXTURE_KULTUR_2024.replace('210 000', '220 000'));
    expect(await main(['--data', dataDir, '--replace', file])).toBe(0);
    expect(stdout).toMatch(/underlag ersatt/);
    expect(await main(['--data', dataDir, file])).toBe(0);
    expect(stdout).toMatch(/oförändrat/);
    expect(stdout).toMatch(/Inget i datamappen ändrades\./);
  });

  test('a run waits for a lock held by another ingest and then goes ahead', async () => {
    const dataDir = makeDataFolder();
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'en-annan-dator', startedAt: new Date().toISOString() }));
    const file = join(makeInputFolder(), 'asf.md');
    writeFileSync(file, asf('12 000'));
    const started = Date.now();
    setTimeout(() => unlinkSync(join(dataDir, LOCK_FILE)), 400);
    expect(await main(['--data', dataDir, file])).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  test('usage errors exit 2 with a usage line', async () => {
    expect(await main([])).toBe(2);
    expect(stderr).toMatch(/Användning: npm run ingest -- \[--data MAPP\] \[--replace\] FIL…/);
    expect(await main(['--okänd'])).toBe(2);
  });

  test('a missing data folder exits 1', async () => {
    const file = join(makeInputFolder(), 'asf.md');
    writeFileSync(file, asf('1'));
    expect(await main(['--data', join(makeInputFolder(), 'saknas'), file])).toBe(1);
    expect(stderr).toMatch(/datamappen finns inte/);
  });
});
