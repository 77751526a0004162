import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPublishedReport, ReportImportError } from './import-report.js';
import { parsePublishedReport } from './parse-published-report.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
// The published 2024 staff report (a public document), kept in the repository so that a clean clone tests it.
const REFERENCE = resolve(import.meta.dirname, 'fixtures', 'tjansteskrivelse-internationellt-arbete-2024.txt');
const referenceText = (): string => readFileSync(REFERENCE, 'utf8');
const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'import-report-'));
  folders.push(folder);
  return folder;
};
afterEach(() => { for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true }); });

describe('import-report on the published 2024 text', () => {
  it('reproduces data/2024/published.json and the 2023 totals byte for byte', async () => {
    const dataDir = tempFolder();
    const result = await importPublishedReport(REFERENCE, 2024, dataDir);
    expect(result.written).toHaveLength(2);
    expect(readFileSync(join(dataDir, '2024', 'published.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'data', '2024', 'published.json'), 'utf8'));
    expect(readFileSync(join(dataDir, '2023', 'published.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'data', '2023', 'published.json'), 'utf8'));
  });

  it('keeps a previous year that already has its own tables', async () => {
    const dataDir = tempFolder();
    mkdirSync(join(dataDir, '2023'));
    const own = { ...JSON.parse(readFileSync(join(ROOT, 'data', '2024', 'published.json'), 'utf8')), year: 2023 };
    writeFileSync(join(dataDir, '2023', 'published.json'), JSON.stringify(own));
    const result = await importPublishedReport(REFERENCE, 2024, dataDir);
    expect(result.keptPrevious).toMatch(/lämnas orörd/);
    expect(JSON.parse(readFileSync(join(dataDir, '2023', 'published.json'), 'utf8'))).toEqual(own);
  });
});

describe('import-report on broken input', () => {
  const broken: Array<[string, (text: string) => string, RegExp]> = [
    ['a per-nämnd row missing', (text) => text.replace(/^Förskolenämnden.*\n/m, ''), /rad \d+: tabellen per nämnd har 8 rader, men texten säger att 9/],
    ['an unreadable amount', (text) => text.replace('424 000 kronor', '42x 000 kronor'), /rad \d+: raden går inte att läsa .*Kulturnämnden/],
    ['a family row missing', (text) => text.replace(/^Interreg-projekt.*\n/m, ''), /saknar raden för Interreg-projekt/],
    ['a KF goal unreadable', (text) => text.replace('8 projekt \n\n5. En god', 'åtta projekt \n\n5. En god'), /rad \d+: raden för KF-mål 4 går inte att läsa/],
    ['the paid sentence unreadable', (text) => text.replace('cirka 50,5 miljoner', 'cirka femtio miljoner'), /rad \d+: beloppet "femtio" går inte att läsa/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`${what}: a located Swedish error and nothing written`, async () => {
      const dataDir = tempFolder();
      const file = join(tempFolder(), 'rapport.txt');
      const text = breakIt(referenceText());
      expect(text).not.toBe(referenceText());
      writeFileSync(file, text);
      const error = await importPublishedReport(file, 2024, dataDir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReportImportError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/inget skrevs/);
      expect(existsSync(join(dataDir, '2024'))).toBe(false);
      expect(existsSync(join(dataDir, '2023'))).toBe(false);
    });
  }

  it('a year that does not match the text is an error', () => {
    const result = parsePublishedReport(referenceText(), 2025);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/gäller 2024, men --year är 2025/);
  });

  it('an unsupported file type says which types work', async () => {
    const file = join(tempFolder(), 'rapport.odt');
    writeFileSync(file, 'x');
    await expect(importPublishedReport(file, 2024, tempFolder())).rejects.toThrow(/använd \.txt, \.docx eller \.pdf/);
  });
});
