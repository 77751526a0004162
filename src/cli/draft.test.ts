import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './draft.js';

const DATA = join(import.meta.dirname, '..', 'search', '__fixtures__', 'data');
const outDir = mkdtempSync(join(tmpdir(), 'draft-cli-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--data', DATA, ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('npm run draft', () => {
  it('prints the paragraph with sources numbered per sentence', async () => {
    const { code, stdout } = await run('--forvaltning', 'Miljöförvaltningen', '--year', '2024');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Miljöförvaltningen 2024 — utkast till avsnittet Exempel \(inbyggt, extraktivt, \d+ ord\)/);
    expect(stdout).toContain('[1]');
    expect(stdout).toMatch(/Källor per mening:\n {2}1\. 2024\/underlag\/miljoforvaltningen\.md#/);
    expect(stdout).toContain('Jämförelse med 2023');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run('--json', '--forvaltning', 'KN');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout);
    expect(draft).toMatchObject({ status: 'drafted', mode: 'embedded', forvaltning: 'Kulturförvaltningen', year: 2024 });
    expect(draft.sentences[0].sources[0].file).toBe('2024/underlag/kulturforvaltningen.md');
  });

  it('suggests a name for an unknown förvaltning and exits 2', async () => {
    const { code, stderr } = await run('--forvaltning', 'Rymdförvaltningen');
    expect(code).toBe(2);
    expect(stderr).toMatch(/Okänd förvaltning "Rymdförvaltningen" — menade du /);
  });

  it('says there is no submission and exits 1', async () => {
    const { code, stdout } = await run('--forvaltning', 'Stadskontoret', '--year', '2024');
    expect(code).toBe(1);
    expect(stdout).toContain('Det finns inget underlag från Stadskontoret för 2024');
    expect(stdout).toContain('Underlag för 2024 finns från: Fritidsförvaltningen, Kulturförvaltningen, Miljöförvaltningen.');
  });

  it('drafts the whole section as Markdown and as Word', async () => {
    const docx = join(outDir, 'exempel.docx');
    const { code, stdout } = await run('--all', '--year', '2024', '--out', docx);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## Exempel från förvaltningarnas internationella arbete\n/);
    for (const name of ['Fritidsförvaltningen', 'Kulturförvaltningen', 'Miljöförvaltningen']) expect(stdout).toContain(`**${name}**`);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('rejects missing arguments and a bad year', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('--forvaltning', 'KN', '--year', '24')).code).toBe(2);
  });
});
