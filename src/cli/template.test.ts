import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { main } from './template.js';
import { main as ingest } from './ingest.js';
import { makeDataFolder, makeInputFolder } from '../ingest/__fixtures__/data-folder.js';
import { loadDataset } from '../data/load-dataset.js';

let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('npm run template', () => {
  test('writes the template, which once filled in is ingested by npm run ingest', async () => {
    const out = join(makeInputFolder(), 'mall.xlsx');
    expect(await main(['--out', out])).toBe(0);
    expect(existsSync(out)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const details = workbook.getWorksheet('Uppgifter');
    for (const [address, value] of [['B2', 2024], ['B3', 'Miljönämnden'], ['B5', 'Eva Ek'], ['B6', 'eva.ek@malmo.se']] as const) {
      if (details) details.getCell(address).value = value;
    }
    const projects = workbook.getWorksheet('Projekt');
    ['Clean Air Baltic', 'Interreg Östersjöregionen', 'Projektpart', '', '', '2024-01-01', '2026-06-30', 2_000_000, 300_000, '3'].forEach((value, index) => {
      if (projects) projects.getRow(3).getCell(index + 1).value = value;
    });
    const filled = join(makeInputFolder(), 'miljo.xlsx');
    writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));

    const dataDir = makeDataFolder();
    expect(await ingest(['--data', dataDir, filled])).toBe(0);
    const year = loadDataset(dataDir).years.find((candidate) => candidate.year === 2024);
    expect(year?.submissions.find((submission) => submission.namnd === 'mn')?.projects.map((project) => project.name)).toEqual(['Clean Air Baltic']);
    expect(year?.projects?.find((project) => project.name === 'Clean Air Baltic')?.participations).toEqual([{ namnd: 'mn', role: 'Projektpart', paidKr: 300_000 }]);
  });

  test('without --out, or with another extension: usage error, exit 2', async () => {
    expect(await main([])).toBe(2);
    expect(stderr).toMatch(/Användning: npm run template -- --out FIL\.xlsx/);
    expect(await main(['--out', 'mall.csv'])).toBe(2);
  });
});
