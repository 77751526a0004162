import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** A small data folder for ingest tests: 2024 with two projects and Kulturförvaltningen's submission. */
export const FIXTURE_PROJECTS_2024 = {
  year: 2024,
  note: 'Testdata för inläsning.',
  projects: [
    {
      id: 'perfare',
      name: 'Perfare',
      acronym: null,
      programme: 'Kreativa Europa',
      start: '2022-10-01',
      end: '2025-06-30',
      totalBudgetKr: 4200000,
      euRate: null,
      lead: { organisation: 'Consorzio Marche Spettacolo', country: 'IT' },
      partners: [{ organisation: 'Welcome APS', country: 'IT' }],
      description: 'Scenkonst i vården.',
      themes: ['kultur'],
      kfGoals: [1, 4],
      participations: [{ namnd: 'kn', role: 'Projektpart', paidKr: 210000 }],
      collaborators: [],
      contact: null,
      provenance: { kind: 'example', note: 'Exempeldata.' },
    },
    {
      id: 'u-lync',
      name: 'Urban Links to Landscape',
      acronym: 'U-Lync',
      programme: 'Interreg Södra Östersjön',
      start: null,
      end: null,
      totalBudgetKr: null,
      euRate: null,
      lead: null,
      partners: [],
      description: '',
      themes: [],
      kfGoals: [],
      participations: [{ namnd: 'mn', role: 'Projektägare', paidKr: 500000 }],
      collaborators: [],
      contact: null,
      provenance: { kind: 'example', note: 'Exempeldata.' },
    },
  ],
};

export const FIXTURE_KULTUR_2024 = `---
år: 2024
nämnd: Kulturnämnden
förvaltning: Kulturförvaltningen
kontaktperson: Anna Andersson
e-post: anna.andersson@malmo.se
---

## Internationellt arbete under året

Kulturförvaltningen deltog i europeiska nätverk för scenkonst.

## Externfinansierade projekt

| Projekt | Program | Roll | Projektägare | Partners | Start | Slut | Total budget (kr) | Utbetalt under året (kr) | KF-mål | Beskrivning |
|---|---|---|---|---|---|---|---|---|---|---|
| Perfare | Kreativa Europa | Projektpart | Consorzio Marche Spettacolo (IT) | Welcome APS (IT) | 2022-10-01 | 2025-06-30 | 4 200 000 | 210 000 | 1; 4 | Scenkonst i vården. |
`;

/** Creates a fresh data folder in a temporary directory and returns its path. */
export function makeDataFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  const dataDir = join(root, 'data');
  mkdirSync(join(dataDir, '2024', 'underlag'), { recursive: true });
  writeFileSync(join(dataDir, '2024', 'projects.json'), `${JSON.stringify(FIXTURE_PROJECTS_2024, null, 2)}\n`);
  writeFileSync(join(dataDir, '2024', 'underlag', 'kulturforvaltningen.md'), FIXTURE_KULTUR_2024);
  return dataDir;
}

/** A temporary folder for input files. */
export function makeInputFolder(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-input-'));
}

/** Every file and folder under dir with a hash of its bytes: equal snapshots mean nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const key = relative(dir, path);
      if (statSync(path).isDirectory()) {
        result[`${key}/`] = 'dir';
        walk(path);
      } else {
        result[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    }
  };
  walk(dir);
  return result;
}
