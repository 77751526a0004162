import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { buildPassages, passageRef, slug } from './passages.js';

const dataset = loadDataset(join(import.meta.dirname, '__fixtures__', 'data'));

describe('buildPassages', () => {
  it('splits by section, then by size, keeping förvaltning, year, section and file', async () => {
    const passages = await buildPassages(dataset, { chunkSize: 200, chunkOverlap: 0 });
    const council = passages.filter((passage) => passage.file === '2024/underlag/miljoforvaltningen.md' && passage.section === 'Internationellt arbete under året');
    expect(council.length).toBeGreaterThan(1);
    expect(council.every((passage) => passage.text.length <= 200)).toBe(true);
    expect(council[0]).toMatchObject({ namnd: 'mn', forvaltning: 'Miljöförvaltningen', year: 2024, kind: 'section', project: null });
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
  });

  it('adds one passage per project row with programme, owner, partners and description', async () => {
    const passages = await buildPassages(dataset);
    const perfare = passages.find((passage) => passage.project === 'Perfare');
    expect(perfare?.kind).toBe('project');
    expect(perfare?.section).toBe('Externfinansierade projekt');
    expect(perfare?.text).toContain('Kreativa Europa');
    expect(perfare?.text).toContain('Consorzio Marche Spettacolo (IT)');
    expect(perfare?.text).toContain('Pro Progressione (HU)');
    expect(perfare?.text).toContain('demens');
    expect(passageRef(perfare!)).toBe('2024/underlag/kulturforvaltningen.md#projekt-perfare');
    expect(passages.filter((passage) => passage.project === 'Speak Up').map((passage) => passage.year).sort()).toEqual([2023, 2024]);
  });

  it('makes readable anchors', () => {
    expect(slug('Internationella nätverk')).toBe('internationella-natverk');
    expect(slug('U-LYNC')).toBe('u-lync');
  });
});
