import { describe, expect, it } from 'vitest';
import { canonicalOrganisationWord, organisationWords, writtenNameMatches } from './organisation-name.js';

describe('organisation names across languages and inflection', () => {
  it('folds city exonyms and the kind of organisation to one form', () => {
    expect(organisationWords('Københavns Kommune')).toEqual(organisationWords('Köpenhamns kommun'));
    expect(organisationWords('Copenhagen Municipality')).toEqual(['kopenhamn', 'kommun']);
    expect(canonicalOrganisationWord('helsinki')).toBe('helsingfors');
  });

  it('matches a written name in Swedish, with a genitive or a small typo', () => {
    expect(writtenNameMatches(['kopenhamns', 'kommun'], organisationWords('Københavns Kommune'))).toBe(true);
    expect(writtenNameMatches(['region', 'skanes'], organisationWords('Region Skåne'))).toBe(true);
    expect(writtenNameMatches(['lunds', 'universitets'], organisationWords('Lunds universitet'))).toBe(true);
    expect(writtenNameMatches(['warsaw'], organisationWords('Miasto Warszawa'))).toBe(true);
  });

  it('does not match on the kind alone or on another city', () => {
    expect(writtenNameMatches(['kommun'], organisationWords('Københavns Kommune'))).toBe(false);
    expect(writtenNameMatches(['lunds', 'kommun'], organisationWords('Københavns Kommune'))).toBe(false);
    expect(writtenNameMatches(['oslo', 'kommune'], organisationWords('Aarhus Kommune'))).toBe(false);
  });
});
