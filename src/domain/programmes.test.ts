import { describe, expect, it } from 'vitest';
import { PROGRAMMES, programmeFamily, resolveProgramme, resolveProgrammeFamily } from './programmes.js';

describe('resolveProgramme', () => {
  it('resolves every programme from its name and each alias', () => {
    for (const programme of PROGRAMMES) {
      for (const spelling of [programme.name, ...programme.aliases]) expect(resolveProgramme(spelling)?.name, spelling).toBe(programme.name);
    }
  });

  it.each([
    ['esf+', 'ESF+'], ['Socialfonden', 'ESF+'], ['Horizon Europe', 'Horisont Europa'], ['horisont europa', 'Horisont Europa'],
    ['Interreg ÖKS', 'Interreg Öresund-Kattegat-Skagerrak'], ['interreg oks', 'Interreg Öresund-Kattegat-Skagerrak'],
    ['Erasmus plus', 'Erasmus+'], ['Creative Europe', 'Kreativa Europa'], ['Horisont Europe', 'Horisont Europa'], ['Kreativa Eurpa', 'Kreativa Europa'],
  ])('understands the common spelling %s', (spelling, name) => {
    expect(resolveProgramme(spelling)?.name).toBe(name);
  });

  it('does not take another number for a typo, nor unknown names for programmes', () => {
    expect(resolveProgramme('Horizon 2030')).toBeNull();
    expect(resolveProgramme('Horisont 2021')).toBeNull();
    expect(resolveProgramme('Marshallplanen')).toBeNull();
  });

  it('maps programmes to the report families', () => {
    expect(programmeFamily('ESF+')).toBe('ESF');
    expect(programmeFamily('Horisont 2020')).toBe('Horisont');
    expect(programmeFamily('Interreg Södra Östersjön')).toBe('Interreg');
    expect(programmeFamily('Kreativa Europa')).toBe('Övriga');
    expect(resolveProgrammeFamily('Interreg-projekt')).toBe('Interreg');
    expect(resolveProgrammeFamily('horizon')).toBe('Horisont');
  });
});
