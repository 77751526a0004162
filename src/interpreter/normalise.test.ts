import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from './normalise.js';

describe('normaliseQuestion', () => {
  it('joins digit groups and reads a decimal comma', () => {
    const question = normaliseQuestion('Fick någon mer än 25 660 000 kr eller 1,5 miljoner?');
    expect(question.tokens.map((token) => token.folded)).toContain('25660000');
    expect(question.tokens.map((token) => token.folded)).toContain('1.5');
  });

  it('keeps years apart ("2023 och 2024")', () => {
    const words = normaliseQuestion('Jämför 2023 och 2024').tokens.map((token) => token.folded);
    expect(words).toEqual(['jamfor', '2023', 'och', '2024']);
  });

  it('drops the genitive of abbreviations and remembers capitals', () => {
    const tokens = normaliseQuestion('Hur mycket fick ASN:s projekt och GRFs?').tokens;
    const asn = tokens.find((token) => token.folded === 'asn');
    expect(asn?.upper).toBe(true);
    expect(tokens.map((token) => token.folded)).toContain('grf');
  });

  it('corrects small typos in the question words that open a question', () => {
    expect(normaliseQuestion('Wich committee got the most?').tokens[0]?.folded).toBe('which');
    expect(normaliseQuestion('hur mycke fick de').tokens[1]?.folded).toBe('mycket');
    expect(normaliseQuestion('lek, vila och fritid', (word) => word === 'vila').tokens[1]?.folded).toBe('vila');
  });

  it('folds Swedish letters and case', () => {
    expect(normaliseQuestion('Förskolenämndens EU-medel').text).toBe('forskolenamndens eu medel');
  });
});
