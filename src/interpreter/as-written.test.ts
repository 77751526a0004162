import { describe, expect, it } from 'vitest';
import { asWritten } from './as-written.js';

describe('asWritten', () => {
  it('gives back the words as the question wrote them', () => {
    expect(asWritten('halsa', 'Vilka projekt handlar om hälsa?')).toBe('hälsa');
    expect(asWritten('miljo', 'Vilka projekt handlar om miljön?')).toBe('miljön');
    expect(asWritten('aldre omsorg', 'Projekt om Äldre omsorg')).toBe('äldre omsorg');
  });

  it('keeps a word the question does not contain, and does not stretch short words', () => {
    expect(asWritten('klimat', 'och de andra?')).toBe('klimat');
    expect(asWritten('eu', 'Vilka EU-projekt om europeisk samverkan?')).toBe('eu');
  });
});
