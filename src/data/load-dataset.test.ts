import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset.js';
import { DataLoadError } from './data-load-error.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function project(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'speak-up', name: 'Speak Up', acronym: null, programme: 'Interreg Nordsjöregionen', start: '2023-01-01', end: '2026-06-30',
    totalBudgetKr: 5_000_000, euRate: 0.6, lead: null, partners: [{ organisation: 'Skive Kommune', country: 'DK' }],
    description: 'Medborgardialog i klimatomställningen', themes: ['klimat'], kfGoals: [3],
    participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 120_000 }], collaborators: [], contact: null,
    provenance: { kind: 'example', note: 'test' }, ...overrides,
  };
}

const SUBMISSION = `---
år: 2024
nämnd: Miljönämnden
förvaltning: Miljöförvaltningen
kontaktperson: Test Testsson
e-post: test.testsson@malmo.se
---

## Internationellt arbete under året
Vi har arbetat med Speak Up.

## Externfinansierade projekt

| Projekt | Program | Roll | Projektägare | Partners | Start | Slut | Total budget (kr) | Utbetalt under året (kr) | KF-mål | Beskrivning |
|---|---|---|---|---|---|---|---|---|---|---|
| Speak Up | Interreg North Sea | Projektpart | | Skive Kommune (DK) | 2023-01-01 | 2026-06-30 | 5 000 000 | 120 000 | 3 | Medborgardialog |
`;

function dataFolder(projects: unknown[], submission = SUBMISSION): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  folders.push(dir);
  mkdirSync(join(dir, '2024', 'underlag'), { recursive: true });
  writeFileSync(join(dir, '2024', 'projects.json'), JSON.stringify({ year: 2024, note: 'test', projects }));
  writeFileSync(join(dir, '2024', 'underlag', 'miljoforvaltningen.md'), submission);
  return dir;
}

function loadError(dir: string): DataLoadError {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected the data folder to be rejected');
}

describe('loadDataset', () => {
  it('loads projects and submissions and hashes their content', () => {
    const dir = dataFolder([project()]);
    const dataset = loadDataset(dir);
    expect(dataset.years.map((year) => year.year)).toEqual([2024]);
    expect(dataset.years[0]?.projects?.[0]?.name).toBe('Speak Up');
    const submission = dataset.years[0]?.submissions[0];
    expect(submission?.namnd).toBe('mn');
    expect(submission?.projects[0]?.programme).toBe('Interreg Nordsjöregionen');
    expect(submission?.projects[0]?.paidKr).toBe(120_000);
    const before = dataset.contentHash;
    writeFileSync(join(dir, '2024', 'underlag', 'miljoforvaltningen.md'), SUBMISSION.replace('Vi har', 'Vi hade'));
    expect(loadDataset(dir).contentHash).not.toBe(before);
  });

  it('names the file and the field of a missing field', () => {
    const broken = project();
    delete broken.programme;
    const error = loadError(dataFolder([broken]));
    expect(error.issues).toContainEqual(expect.objectContaining({ file: '2024/projects.json', field: 'projects[0] (Speak Up).programme' }));
  });

  it('rejects an unknown nämnd, a negative amount and goal 7, naming each field', () => {
    const error = loadError(
      dataFolder([project({ participations: [{ namnd: 'xyz', role: 'Projektpart', paidKr: -5 }], kfGoals: [7] })]),
    );
    const fields = error.issues.map((issue) => issue.field);
    expect(fields).toContain('projects[0] (Speak Up).participations[0].namnd');
    expect(fields).toContain('projects[0] (Speak Up).participations[0].paidKr');
    expect(fields).toContain('projects[0] (Speak Up).kfGoals[0]');
    expect(error.message).toContain('2024/projects.json');
    expect(error.message).toMatch(/negativt/);
    expect(error.message).toMatch(/1–5/);
  });

  it('reports problems in a submission file with its line and column', () => {
    const error = loadError(
      dataFolder([project()], SUBMISSION.replace('| 120 000 |', '| tjugo tusen |').replace('nämnd: Miljönämnden', 'nämnd: Miljönämden i Lund')),
    );
    const text = error.message;
    expect(text).toContain('2024/underlag/miljoforvaltningen.md');
    expect(text).toMatch(/Utbetalt under året \(kr\).*"tjugo tusen" är inget belopp/);
    expect(text).toMatch(/menade du Miljönämnden/);
  });

  it('says clearly when the folder does not exist', () => {
    expect(() => loadDataset('/nonexistent/folder')).toThrow(/finns inte/);
  });
});
