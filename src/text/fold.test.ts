import { describe, expect, it } from 'vitest';
import { compactKey, foldText } from './fold.js';

describe('foldText', () => {
  it('folds case, Swedish letters and punctuation', () => {
    expect(foldText('Hälsa-, vård- och omsorgsnämnden')).toBe('halsa vard och omsorgsnamnden');
    expect(foldText('ASN:s')).toBe('asn s');
    expect(foldText('Øresund Æble')).toBe('oresund aeble');
  });

  it('leaves already folded text as it is, apart from collapsing and trimming spaces', () => {
    expect(foldText('  interreg   oks 2020 ')).toBe('interreg oks 2020');
    expect(foldText('')).toBe('');
    expect(foldText('horisont europa')).toBe('horisont europa');
    expect(compactKey(' esf  plus ')).toBe('esfplus');
  });
});
