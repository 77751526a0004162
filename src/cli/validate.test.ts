import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './validate.js';
import { PROJECT_ROOT } from '../config/data-dir.js';

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('npm run validate', () => {
  it('reconciles the shipped data: every published 2024 figure but the report’s own 633 531 kr gap', () => {
    expect(main(['--json', '--data', join(PROJECT_ROOT, 'data')])).toBe(0);
    const report = JSON.parse(stdout) as { years: Array<{ year: number; differences: Array<{ label: string; gap: number }>; publishedInternal: Array<{ gap: number }>; matched: number; missingSubmissions: unknown[] }> };
    const year2024 = report.years.find((year) => year.year === 2024);
    expect(year2024?.differences).toHaveLength(1);
    expect(Math.abs(year2024?.differences[0]?.gap ?? 0)).toBe(633_531);
    expect(year2024?.publishedInternal[0]?.gap).toBe(-633_531);
    expect(year2024?.matched).toBe(30);
    expect(year2024?.missingSubmissions).toEqual([]);
  });

  it('prints the reconciliation in Swedish with both figures and the gap', () => {
    expect(main(['--data', join(PROJECT_ROOT, 'data')])).toBe(0);
    expect(stdout).toMatch(/publicerat 2 411 298 kr, i projektdata 3 044 829 kr \(skillnad \+633 531 kr\)/);
  });

  describe('with broken data', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'validate-'));
      mkdirSync(join(dir, '2024'));
      writeFileSync(join(dir, '2024', 'projects.json'), '{"year": 2024, "projects": [ {"id": "x"');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 1 and names the file when the data does not load', () => {
      expect(main(['--data', dir])).toBe(1);
      expect(stderr).toMatch(/2024\/projects\.json: är ingen giltig JSON/);
    });
  });

  it('exits 2 with the usage line on an unknown option', () => {
    expect(main(['--nonsense'])).toBe(2);
    expect(stderr).toContain('Användning: npm run validate');
  });
});
