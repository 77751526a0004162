import { describe, expect, it } from 'vitest';
import { citeSources, MAX_CITATIONS } from './citations.js';

const sources = (count: number) => Array.from({ length: count }, (_, index) => ({ title: `Källa ${index + 1}`, ref: `2024/fil-${index + 1}.md` }));

describe('citeSources', () => {
  it('appends markers for every cited source when the text has none', () => {
    const { text, entity } = citeSources('ASN fick mest.', sources(3), { aiGenerated: false, language: 'sv' });
    expect(text).toBe('ASN fick mest.\n\nKällor: [1] [2] [3]');
    expect(entity?.citation.map((citation) => citation.appearance.name)).toEqual(['Källa 1', 'Källa 2', 'Källa 3']);
    expect(entity?.additionalType).toBeUndefined();
  });

  it('keeps markers a model wrote and cites only the sources they name', () => {
    const { text, entity } = citeSources('ASN fick mest [2].', sources(3), { aiGenerated: true, language: 'sv' });
    expect(text).toBe('ASN fick mest [2].');
    expect(entity?.citation.map((citation) => citation.position)).toEqual([2]);
    expect(entity?.additionalType).toEqual(['AIGeneratedContent']);
  });

  it('cites at most ten distinct sources, with English labels for English answers', () => {
    const doubled = [...sources(12), ...sources(12)];
    const { text, entity } = citeSources('Answer.', doubled, { aiGenerated: false, language: 'en' });
    expect(entity?.citation).toHaveLength(MAX_CITATIONS);
    expect(text).toContain('Sources: [1]');
    expect(text).toContain('[10]');
    expect(text).not.toContain('[11]');
    expect(entity?.citation[0]?.appearance.abstract).toBe('Source: 2024/fil-1.md');
  });

  it('adds no entity to an embedded answer without sources, but labels a model answer without sources', () => {
    expect(citeSources('Hej.', [], { aiGenerated: false, language: 'sv' })).toEqual({ text: 'Hej.', entity: null });
    const model = citeSources('Hej.', [], { aiGenerated: true, language: 'sv' });
    expect(model.text).toBe('Hej.');
    expect(model.entity?.additionalType).toEqual(['AIGeneratedContent']);
    expect(model.entity?.citation).toEqual([]);
  });

  it('links sources that are web addresses', () => {
    const { entity } = citeSources('Se rapporten.', [{ title: 'Rapport', ref: 'https://malmo.se/rapport.pdf' }], { aiGenerated: false, language: 'sv' });
    expect(entity?.citation[0]?.appearance.url).toBe('https://malmo.se/rapport.pdf');
  });
});
