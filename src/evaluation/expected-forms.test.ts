import { describe, expect, it } from 'vitest';
import { amountForms, dateForms, projectCountForms, swedishKronor } from './expected-forms.js';

describe('expected forms', () => {
  it('writes kronor the Swedish way and accepts the English form only for English questions', () => {
    expect(swedishKronor(25660000)).toBe('25 660 000');
    expect(swedishKronor(917000)).toBe('917 000');
    expect(swedishKronor(999)).toBe('999');
    expect(amountForms(50468000, 'sv')).toEqual(['50 468 000']);
    expect(amountForms(50468000, 'en')).toEqual(['50 468 000', '50,468,000']);
  });

  it('states a count with its noun, and one project in words', () => {
    expect(projectCountForms(10, 'sv')).toEqual(['10 projekt']);
    expect(projectCountForms(10, 'en')).toContain('10 project');
    expect(projectCountForms(1, 'sv')).toContain('ett projekt');
  });

  it('accepts ISO and written dates', () => {
    expect(dateForms('2028-06-30', 'sv')).toEqual(['2028-06-30', '30 juni 2028']);
    expect(dateForms('2028-06-30', 'en')).toContain('June 30, 2028');
  });
});
