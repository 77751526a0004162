import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { seededRandom } from './seeded-random.js';
import { hasDiacritics, oneTypo, withOneTypo, withoutDiacritics } from './spelling-variants.js';

describe('spelling variants', () => {
  it('writes å, ä, ö and é as a, a, o and e', () => {
    expect(withoutDiacritics('Hur många projekt har Miljöförvaltningen? Ålö')).toBe('Hur manga projekt har Miljoforvaltningen? Alo');
    expect(hasDiacritics('Miljönämnden')).toBe(true);
    expect(hasDiacritics('ASN')).toBe(false);
  });

  it('makes exactly one small slip in a long word, keeping its first letter, and none in a short one', () => {
    const random = seededRandom(1);
    for (const word of ['Kulturnämnden', 'projekt', 'Erasmus']) {
      for (let round = 0; round < 20; round++) {
        const typed = oneTypo(word, random);
        expect(typed).not.toBeNull();
        expect(typed).not.toBe(word);
        expect(typed?.[0]).toBe(word[0]);
        expect(distance(typed ?? '', word)).toBeLessThanOrEqual(2);
      }
    }
    expect(oneTypo('ASN', random)).toBeNull();
    expect(oneTypo('LIFE', random)).toBeNull();
  });

  it('puts the typo in the question once and changes nothing else', () => {
    const random = seededRandom(3);
    const question = 'Hur mycket fick Kulturnämnden 2024?';
    for (let round = 0; round < 20; round++) {
      const typed = withOneTypo(question, 'Kulturnämnden', random);
      expect(typed).not.toBeNull();
      expect(distance(typed ?? '', question)).toBeLessThanOrEqual(2);
      expect(typed).toContain('2024');
    }
    expect(withOneTypo('Vem?', null, random)).toBeNull();
  });
});
