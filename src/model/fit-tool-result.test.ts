import { describe, expect, it } from 'vitest';
import { fitToolResult } from './fit-tool-result.js';

describe('fitToolResult', () => {
  const output = {
    years: [2024],
    total: { projects: 40, paidKr: 12_345_678 },
    projects: Array.from({ length: 40 }, (_, index) => ({ name: `Projekt ${index + 1}`, partners: ['A', 'B', 'C'], description: 'x'.repeat(200) })),
    sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }],
  };

  it('leaves a result that fits untouched', () => {
    expect(fitToolResult(output, 1_000_000)).toBe(JSON.stringify(output));
  });

  it('shortens the longest list, keeps valid JSON and says how many entries were left out', () => {
    const text = fitToolResult(output, 3_000);
    expect(text.length).toBeLessThanOrEqual(3_000);
    const shown = JSON.parse(text);
    expect(shown.total).toEqual(output.total);
    expect(shown.sources).toEqual(output.sources);
    const kept = shown.projects.filter((project: unknown) => typeof project === 'object');
    expect(kept.length).toBeGreaterThan(0);
    expect(shown.projects.at(-1)).toBe(`… och ${40 - kept.length} till som inte visas här; begränsa frågan (filter eller limit) för att se dem`);
    expect(kept[0].name).toBe('Projekt 1');
  });

  it('cuts the text as a last resort when no list can shrink', () => {
    const text = fitToolResult({ text: 'y'.repeat(5_000) }, 1_000);
    expect(text.endsWith('… [avkortat]')).toBe(true);
    expect(text.length).toBeLessThan(1_100);
  });
});
