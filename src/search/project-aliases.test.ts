import { describe, expect, it } from 'vitest';
import { mentionsProject, projectAliases } from './project-aliases.js';

describe('projectAliases', () => {
  it('knows a project by its full name, the part before a dash and a camel-case first word', () => {
    expect(projectAliases('CIRC-TEX – cirkulära textilier')).toEqual(['CIRC-TEX – cirkulära textilier', 'CIRC-TEX']);
    expect(projectAliases('NetZeroCities Pilot Cities Programme')).toContain('NetZeroCities');
    expect(projectAliases('LIFE Urban Pollinators')).toEqual(['LIFE Urban Pollinators']);
  });

  it('finds whole-word mentions only', () => {
    expect(mentionsProject('I CIRC-TEX har två stationer öppnat.', 'CIRC-TEX – cirkulära textilier')).toBe(true);
    expect(mentionsProject('I LIFE Circular Food Malmö minskade matsvinnet.', 'LIFE Urban Pollinators')).toBe(false);
    expect(mentionsProject('Perfarenheten', 'Perfare')).toBe(false);
  });
});
