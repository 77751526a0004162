import { describe, expect, it } from 'vitest';
import { genitive, hasFirstPerson, rewriteFirstPerson } from './first-person.js';

const fresh = () => ({ forvaltning: 'Miljöförvaltningen', named: false });

describe('rewriteFirstPerson', () => {
  it('names the förvaltning at the first mention, then says "förvaltningen"', () => {
    const state = fresh();
    expect(rewriteFirstPerson('Under 2024 har vi arbetat med klimatet.', state)).toBe('Under 2024 har Miljöförvaltningen arbetat med klimatet.');
    expect(rewriteFirstPerson('Vi deltog också i Speak Up.', state)).toBe('Förvaltningen deltog också i Speak Up.');
  });

  it('rewrites "vår förvaltning", possessives and "oss"', () => {
    expect(rewriteFirstPerson('Vår förvaltning ledde Klimatrådslaget.', fresh())).toBe('Miljöförvaltningen ledde Klimatrådslaget.');
    expect(rewriteFirstPerson('Vårt arbete med våra partner har gett oss nya verktyg.', fresh())).toBe(
      'Miljöförvaltningens arbete med förvaltningens partner har gett förvaltningen nya verktyg.',
    );
    expect(rewriteFirstPerson('Vi har engagerat oss i Eurocities.', fresh())).toBe('Miljöförvaltningen har engagerat sig i Eurocities.');
  });

  it('turns a leading "Förvaltningen" into the name when the name has not been given', () => {
    expect(rewriteFirstPerson('Förvaltningen deltar i ICLEI.', fresh())).toBe('Miljöförvaltningen deltar i ICLEI.');
    const named = { forvaltning: 'Miljöförvaltningen', named: true };
    expect(rewriteFirstPerson('Förvaltningen deltar i ICLEI.', named)).toBe('Förvaltningen deltar i ICLEI.');
  });

  it('leaves words that only contain the letters alone', () => {
    const text = 'Visionen om vårdboenden och vårens kurser.';
    expect(rewriteFirstPerson(text, fresh())).toBe(text);
    expect(hasFirstPerson(text)).toBe(false);
    expect(hasFirstPerson('Där fick vi hjälp.')).toBe(true);
  });

  it('forms genitives', () => {
    expect(genitive('Stadskontoret')).toBe('Stadskontorets');
    expect(genitive('Fastighets- och gatukontorets')).toBe('Fastighets- och gatukontorets');
  });
});
