import { describe, expect, test } from 'vitest';
import { parseAmount, parseGoals, parsePartners, parseProgramme, parseRole } from './field-parsers.js';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }): T | string => (parsed.ok ? parsed.value : `FEL: ${parsed.message}`);

describe('field parsers: what people really write', () => {
  test('amounts', () => {
    expect(['1 234 567', '1234567 kr', '1\u00a0234\u00a0567 kr', '1,2 mnkr', '1.2 MSEK', '500 tkr', '2 miljoner', '0'].map((text) => value(parseAmount(text)))).toEqual([
      1_234_567, 1_234_567, 1_234_567, 1_200_000, 1_200_000, 500_000, 2_000_000, 0,
    ]);
    expect(value(parseAmount('tjugo tusen'))).toBe('FEL: är inget belopp — skriv ett heltal i kronor, t.ex. 20 000');
    expect(value(parseAmount('-5 000'))).toMatch(/^FEL: är negativt/);
    expect(value(parseAmount('1234,50'))).toMatch(/^FEL: har decimaler/);
  });

  test('KF goals', () => {
    expect(['1, 3', '1;3', '1 och 3', '3', 'mål 2; 4', ''].map((text) => value(parseGoals(text)))).toEqual([[1, 3], [1, 3], [1, 3], [3], [2, 4], []]);
    expect(value(parseGoals('6'))).toBe('FEL: KF-mål 6 finns inte — kommunfullmäktiges mål är 1–5');
    expect(value(parseGoals('0, 1'))).toMatch(/KF-mål 0 finns inte/);
  });

  test('roles and programmes in common spellings', () => {
    expect(['Projektpart', 'partner', 'Projektägare', 'Lead partner', 'ägare'].map((text) => value(parseRole(text)))).toEqual(['Projektpart', 'Projektpart', 'Projektägare', 'Projektägare', 'Projektägare']);
    expect(['ESF', 'ESF+', 'Socialfonden', 'Horizon Europe', 'Horisont Europa', 'Interreg ÖKS', 'interreg south baltic', 'Erasmus plus', 'Creative Europe'].map((text) => value(parseProgramme(text)))).toEqual([
      'ESF+', 'ESF+', 'ESF+', 'Horisont Europa', 'Horisont Europa', 'Interreg Öresund-Kattegat-Skagerrak', 'Interreg Södra Östersjön', 'Erasmus+', 'Kreativa Europa',
    ]);
    expect(value(parseProgramme('Marsprogrammet'))).toMatch(/^FEL: är inget känt program — använd ett av: ESF\+, Horisont Europa/);
  });

  test('partners separated by ";" or by line breaks; a bad country code is named', () => {
    expect(value(parsePartners('Skive Kommune (DK); Pro Progressione (hu)\nTU Delft'))).toEqual([
      { organisation: 'Skive Kommune', country: 'DK' }, { organisation: 'Pro Progressione', country: 'HU' }, { organisation: 'TU Delft', country: null },
    ]);
    expect(value(parsePartners('Skive (Danmark)'))).toMatch(/"Skive \(Danmark\)" har en landskod som inte är två bokstäver/);
  });
});
