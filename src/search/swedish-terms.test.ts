import { describe, expect, it } from 'vitest';
import { MAX_COMPOUND_LENGTH, MAX_TOKEN_LENGTH, SubwordLexicon, splitCompound, tokenize } from './swedish-terms.js';
import { textFeatures } from './hashed-swedish-embeddings.js';

describe('bounded text (a hostile submission cannot make indexing or search slow)', () => {
  it('cuts a run of letters longer than a word into word-sized pieces', () => {
    const words = tokenize(`före ${'a'.repeat(10 * MAX_TOKEN_LENGTH + 3)} efter`);
    expect(words[0]).toBe('före');
    expect(words.at(-1)).toBe('efter');
    expect(words).toHaveLength(2 + 11);
    expect(Math.max(...words.map((word) => word.length))).toBe(MAX_TOKEN_LENGTH);
  });

  it('does not try to split words longer than any compound', () => {
    const lexicon = new SubwordLexicon(['klimat', 'anpassning']);
    expect(splitCompound('klimatanpassning', lexicon)).toEqual(['klimat', 'anpassning']);
    const long = `klimat${'anpassning'.repeat(4)}`;
    expect(long.length).toBeGreaterThan(MAX_COMPOUND_LENGTH);
    expect(splitCompound(long, lexicon)).toEqual([]);
  });

  it('remembers splits and forgets them when the lexicon grows', () => {
    const lexicon = new SubwordLexicon([]);
    expect(splitCompound('kaffekoppen', lexicon)).toEqual([]);
    lexicon.add('kaffe');
    lexicon.add('koppen');
    expect(splitCompound('kaffekoppen', lexicon)).toEqual(['kaffe', 'koppen']);
  });

  it('gives a 300 000-letter word a bounded number of features', () => {
    const features = textFeatures(`Ett ord: ${'x'.repeat(300_000)}.`, new SubwordLexicon());
    // Each 40-letter piece adds its stem and its 4-grams; all pieces are the same, so they meet in a few features.
    expect(features.size).toBeLessThan(200);
  });
});

describe('English questions', () => {
  it('gain the Swedish words of the domain glossary; Swedish questions stay as they are', async () => {
    const { withSwedishEquivalents } = await import('./hybrid-search.js');
    expect(withSwedishEquivalents('Which departments help jobseekers and the homeless?')).toMatch(/arbetssökande.*hemlösa|hemlösa.*arbetssökande/);
    expect(withSwedishEquivalents('matsvinn i skolkök')).toBe('matsvinn i skolkök');
  });
});

describe('questions about several förvaltningar', () => {
  it('put the best passage of each förvaltning first, in rank order', async () => {
    const { bestPerForvaltningFirst } = await import('./hybrid-search.js');
    const units: Record<string, string> = { a1: 'mn', a2: 'mn', b1: 'kn', a3: 'mn', c1: 'fn' };
    const ranked = ['a1', 'a2', 'b1', 'a3', 'c1'].map((id) => ({ id }));
    expect(bestPerForvaltningFirst(ranked, (id) => units[id]).map((hit) => hit.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'a3']);
  });
});
