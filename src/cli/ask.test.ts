import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA_DIR } from '../test-support/datasets.js';
import { main } from './ask.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } });
  return { code, stdout, stderr };
}

describe('npm run ask', () => {
  it('--json prints exactly the documented object', async () => {
    const { code, stdout } = await run(['--json', '--data', FIXTURE_DATA_DIR, 'Hur mycket fick ASN 2024?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['question', 'answer', 'mode', 'year', 'toolCalls', 'sources']);
    expect(parsed).toMatchObject({ question: 'Hur mycket fick ASN 2024?', mode: 'embedded', year: 2024 });
    expect(parsed.answer).toContain('4 500 000 kr');
    expect(parsed.toolCalls).toEqual([{ tool: 'aggregate', args: { year: 2024, namnd: 'asn', groupBy: 'none' } }]);
    expect(parsed.sources).toContainEqual({ title: 'Projektlista 2024', ref: '2024/projects.json' });
  });

  it('--explain --json adds an explain field beside the documented keys: frame, rule, tool calls, unexplained words', async () => {
    const { code, stdout } = await run(['--explain', '--json', '--data', FIXTURE_DATA_DIR, 'Hur mycket fick ASN 2024?']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, unknown> & { explain: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['question', 'answer', 'mode', 'year', 'toolCalls', 'sources', 'explain']);
    expect(parsed.explain[0]).toMatchObject({ rule: 'cascade:sum', toolCalls: parsed.toolCalls, frame: { filters: { year: 2024, namnd: ['asn'] } } });
  });

  it('--explain in plain mode prints the rule, the tool calls and the unexplained words after the answer', async () => {
    const { code, stdout } = await run(['--explain', '--data', FIXTURE_DATA_DIR, 'Vilken nämnd har näst flest projekt?']);
    expect(code).toBe(0);
    expect(stdout).toContain('Regel: cascade:');
    expect(stdout).toContain('Verktyg: aggregate');
    expect(stdout).toContain('"position":2');
    expect(stdout).toContain('Oförklarade ord:');
  });

  it('plain mode prints the answer, an aligned table and the sources', async () => {
    const { code, stdout } = await run(['--data', FIXTURE_DATA_DIR, 'Vilka projekt har miljönämnden?']);
    expect(code).toBe(0);
    expect(stdout).toContain('ARCADIA');
    expect(stdout).toMatch(/Projekt\s+Program\s+Förvaltning \(roll\)/);
    expect(stdout).toContain('Källor: Projektlista 2024 (2024/projects.json)');
  });

  it('answers a bad argument with a Swedish usage message and exit code 2', async () => {
    expect(await run(['--nope', 'fråga'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/okänd flagga --nope[\s\S]*Användning: npm run ask/) });
    expect(await run(['--json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/ingen fråga angiven/) });
  });

  it('reports a data folder that cannot be loaded with exit code 1', async () => {
    const { code, stderr } = await run(['--data', '/no/such/folder', 'Hur mycket fick ASN?']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Datamappen kunde inte läsas/);
  });
});
