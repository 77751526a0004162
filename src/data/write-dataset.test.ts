import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DatasetWriteError, writeFileAtomically, writeFilesAtomically } from './write-dataset.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'write-dataset-'));

describe('writeFilesAtomically', () => {
  test('writes every file, creating folders, replaces existing content and removes deletions', () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.md'), 'gammal');
    writeFileSync(join(dir, 'projects.json'), '{}');
    writeFilesAtomically(
      [
        { path: join(dir, 'projects.json'), content: '{"year":2024}\n' },
        { path: join(dir, '2025', 'underlag', 'ny.md'), content: 'ny' },
      ],
      [join(dir, 'old.md'), join(dir, 'finns-inte.md')],
    );
    expect(readFileSync(join(dir, 'projects.json'), 'utf8')).toBe('{"year":2024}\n');
    expect(readFileSync(join(dir, '2025', 'underlag', 'ny.md'), 'utf8')).toBe('ny');
    expect(existsSync(join(dir, 'old.md'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('when one file cannot be written, no target changes and no temporary file or new folder is left', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), 'före');
    writeFileSync(join(dir, 'blocker'), 'en fil, ingen mapp');
    expect(() =>
      writeFilesAtomically([
        { path: join(dir, 'a.json'), content: 'efter' },
        { path: join(dir, 'ny', 'b.md'), content: 'b' },
        { path: join(dir, 'blocker', 'c.md'), content: 'c' },
      ]),
    ).toThrow(DatasetWriteError);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('före');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'blocker']);
  });

  test('writeFileAtomically replaces a file in place', () => {
    const dir = folder();
    writeFileAtomically(join(dir, 'x.md'), 'ett');
    writeFileAtomically(join(dir, 'x.md'), 'två');
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe('två');
    expect(readdirSync(dir)).toEqual(['x.md']);
  });
});
