import { describe, expect, it } from 'vitest';
import { ORGANISATION, resolveUnit, suggestUnit } from './organisation.js';

describe('resolveUnit', () => {
  it('resolves every nämnd and förvaltning from its own names', () => {
    for (const namnd of ORGANISATION) {
      expect(resolveUnit(namnd.namn)?.namnd.id, namnd.namn).toBe(namnd.id);
      expect(resolveUnit(namnd.namn)?.refersTo).toBe('namnd');
      expect(resolveUnit(namnd.forvaltning)?.namnd.id, namnd.forvaltning).toBe(namnd.id);
      expect(resolveUnit(namnd.forvaltning)?.refersTo).toBe('forvaltning');
    }
  });

  it.each([
    ['ASN', 'asn'], ['ASF', 'asn'], ['MN', 'mn'], ['GSN', 'gsn'], ['GRF', 'gsn'], ['GVN', 'gvn'], ['GYVF', 'gvn'],
    ['KS', 'ks'], ['STK', 'ks'], ['TN', 'tn'], ['FGK', 'tn'], ['SBN', 'sbn'], ['SBK', 'sbn'], ['KN', 'kn'],
    ['FSN', 'fsn'], ['FSKF', 'fsn'], ['FRI', 'frn'], ['HVO', 'hvn'], ['FSF', 'fun'],
  ])('resolves the abbreviation %s', (abbreviation, id) => {
    expect(resolveUnit(abbreviation)?.namnd.id).toBe(id);
    expect(resolveUnit(`${abbreviation}:s`)?.namnd.id).toBe(id);
    expect(resolveUnit(abbreviation.toLowerCase())?.namnd.id).toBe(id);
  });

  it.each([
    ['miljönämndens', 'mn'], ['Miljönämnd', 'mn'], ['grundskoleförvaltningarna', 'gsn'], ['kulturförvaltningens', 'kn'],
    ['stadsbyggnadskontorets', 'sbn'], ['kommunstyrelsens', 'ks'], ['Arbetsmarknads- och socialnämndens', 'asn'],
    ['arbetsmarknads och socialförvaltningen', 'asn'], ['Fastighet- och gatukontoret', 'tn'],
    ['Gymnasie- och vuxenskoleförvaltningen', 'gvn'], ['Hälsa- vård och omsorgsförvaltningen', 'hvn'], ['forskolenamnden', 'fsn'],
  ])('resolves the inflected or variant form %s', (text, id) => {
    expect(resolveUnit(text)?.namnd.id).toBe(id);
  });

  it('tolerates small typos in full names but reports the distance', () => {
    const resolved = resolveUnit('miljönämden');
    expect(resolved?.namnd.id).toBe('mn');
    expect(resolved?.distance).toBe(1);
    expect(resolveUnit('grundskoleförvaltnigen')?.namnd.id).toBe('gsn');
  });

  it('does not take "KF" (kommunfullmäktige) for Kulturförvaltningen, nor random words for units', () => {
    expect(resolveUnit('KF')).toBeNull();
    expect(resolveUnit('banan')).toBeNull();
    expect(resolveUnit('Polisen')).toBeNull();
  });

  it('suggests the closest unit for an unknown name', () => {
    expect(suggestUnit('Miljöstyrelsen')?.id).toBe('mn');
    expect(suggestUnit('Kulturnämden i Malmö')?.id).toBe('kn');
    expect(suggestUnit('Socialnämnden')?.id).toBe('asn');
    expect(suggestUnit('socialförvaltningen')?.id).toBe('asn');
    expect(suggestUnit('Miljö- och hälsoskyddsnämnden')?.id).toBe('mn');
    expect(suggestUnit('byggnadsnämnden')?.id).toBe('sbn');
    expect(suggestUnit('Utbildningsnämnden')).not.toBeNull();
  });
});
