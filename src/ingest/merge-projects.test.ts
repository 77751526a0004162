import { describe, expect, test } from 'vitest';
import { findProjectIndex, projectKeys, slugify } from './merge-projects.js';

describe('project matching', () => {
  test('keys from name, acronym, "Name (ACRONYM)" and "ACRONYM – Name"', () => {
    expect([...projectKeys('Urban Links to Landscape', 'U-Lync')]).toEqual(['urbanlinkstolandscape', 'ulync']);
    expect([...projectKeys('Urban Links to Landscape (U-LYNC)')]).toEqual(['urbanlinkstolandscapeulync', 'urbanlinkstolandscape', 'ulync']);
    expect([...projectKeys('CASCADE – Climate Adaptation')]).toEqual(['cascadeclimateadaptation', 'cascade', 'climateadaptation']);
  });

  test('a row finds its project by exact name first, then by a shared key; otherwise -1', () => {
    const projects = [
      { id: 'a', name: 'Cities4Forests', acronym: null, programme: 'LIFE', start: null, end: null, totalBudgetKr: null, euRate: null, lead: null, participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 0 }], provenance: { kind: 'example', note: '' } },
      { id: 'b', name: 'Urban Links to Landscape', acronym: 'U-Lync', programme: 'LIFE', start: null, end: null, totalBudgetKr: null, euRate: null, lead: null, participations: [{ namnd: 'mn', role: 'Projektpart', paidKr: 0 }], provenance: { kind: 'example', note: '' } },
    ];
    expect(findProjectIndex(projects, 'u-lync')).toBe(1);
    expect(findProjectIndex(projects, 'Urban links to landscape (U-Lync)')).toBe(1);
    expect(findProjectIndex(projects, 'CITIES 4 FORESTS')).toBe(0);
    expect(findProjectIndex(projects, 'Något annat')).toBe(-1);
  });

  test('slugs are folded, hyphenated and never empty', () => {
    expect(slugify('Hälsa-, vård- och omsorgsförvaltningen')).toBe('halsa-vard-och-omsorgsforvaltningen');
    expect(slugify('!!!')).toBe('projekt');
  });
});
