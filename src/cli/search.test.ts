import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './search.js';

const FIXTURES = join(import.meta.dirname, '..', 'search', '__fixtures__', 'data');

function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return main(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text), env: {} }).then((code) => ({ code, out, err }));
}

describe('npm run search', () => {
  it('prints ranked passages as JSON with the file relative to the data folder', async () => {
    const { code, out } = await run(['--json', '--data', FIXTURES, '--limit', '3', 'projekt om demens']);
    expect(code).toBe(0);
    const { passages } = JSON.parse(out) as { passages: Array<{ file: string; forvaltning: string; section: string; text: string; score: number }> };
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(3);
    expect(passages[0]?.file).toBe('2024/underlag/kulturforvaltningen.md');
    expect(Object.keys(passages[0]!).sort()).toEqual(['file', 'forvaltning', 'score', 'section', 'text']);
    expect(passages.map((passage) => passage.score)).toEqual([...passages.map((passage) => passage.score)].sort((left, right) => right - left));
  });

  it('keeps to one förvaltning and one year', async () => {
    const { out } = await run(['--json', '--data', FIXTURES, '--forvaltning', 'Miljöförvaltningen', '--year', '2023', 'klimat']);
    const { passages } = JSON.parse(out) as { passages: Array<{ file: string; forvaltning: string }> };
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((passage) => passage.file.startsWith('2023/') && passage.forvaltning === 'Miljöförvaltningen')).toBe(true);
  });

  it('prints the passages as text without --json', async () => {
    const { code, out } = await run(['--data', FIXTURES, 'demens']);
    expect(code).toBe(0);
    expect(out).toMatch(/^1\. Kulturförvaltningen — /);
  });

  it('refuses bad arguments in Swedish, suggesting the nearest förvaltning', async () => {
    expect((await run(['--forvaltning', 'Rymdförvaltningen', 'klimat'])).err).toMatch(/okänd förvaltning "Rymdförvaltningen"/);
    expect((await run(['--limit', 'noll', 'klimat'])).code).toBe(2);
    expect((await run(['--year', '24', 'klimat'])).err).toMatch(/--year ska vara ett årtal/);
    expect((await run(['--limt', '3', 'klimat'])).err).toMatch(/okänd flagga --limt/);
    expect((await run([])).err).toMatch(/ange en fråga/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Användning: npm run search/);
  });
});
