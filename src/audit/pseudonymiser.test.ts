import { describe, expect, it } from 'vitest';
import { createPseudonymiser, PSEUDONYM_CACHE_SIZE, WeakPseudonymSecretError } from './pseudonymiser.js';
import { redactPersonalData, REDACTED_EMAIL, REDACTED_PERSONNUMMER } from './redact.js';

describe('pseudonymiser', () => {
  const secret = 'a-long-enough-test-secret';

  it('gives a stable pseudonym that does not contain the id', () => {
    const pseudonymiser = createPseudonymiser(secret);
    const id = '29:1abcDEF-aad-user-id';
    const first = pseudonymiser.pseudonym('user', id);
    expect(first).toBe(pseudonymiser.pseudonym('user', id));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(first).not.toContain('abc');
  });

  it('differs by secret, by id and by kind', () => {
    const one = createPseudonymiser(secret);
    const other = createPseudonymiser(`${secret}-other`);
    expect(one.pseudonym('user', 'x')).not.toBe(other.pseudonym('user', 'x'));
    expect(one.pseudonym('user', 'x')).not.toBe(one.pseudonym('user', 'y'));
    expect(one.pseudonym('user', 'x')).not.toBe(one.pseudonym('conversation', 'x'));
  });

  it('gives the same pseudonyms once its memory of recent ids is full', () => {
    const remembering = createPseudonymiser(secret);
    const fresh = createPseudonymiser(secret);
    const first = remembering.pseudonym('user', 'user-0');
    for (let index = 1; index <= PSEUDONYM_CACHE_SIZE + 5; index += 1) remembering.pseudonym('user', `user-${index}`);
    expect(remembering.pseudonym('user', 'user-0')).toBe(first);
    expect(remembering.pseudonym('conversation', 'user-3')).toBe(fresh.pseudonym('conversation', 'user-3'));
    expect(remembering.pseudonym('user', `user-${PSEUDONYM_CACHE_SIZE}`)).toBe(fresh.pseudonym('user', `user-${PSEUDONYM_CACHE_SIZE}`));
  });

  it('refuses a short secret', () => {
    expect(() => createPseudonymiser('short')).toThrow(WeakPseudonymSecretError);
  });
});

describe('redactPersonalData', () => {
  it('removes e-mail addresses and personnummer but keeps amounts and years', () => {
    const text = 'Jag är anna.andersson@malmo.se, 19850312-1234 (850312-1234). Hur mycket fick ASN 2024? 25 660 000 kr, 1234567 kr';
    const redacted = redactPersonalData(text);
    expect(redacted).not.toContain('anna.andersson');
    expect(redacted).not.toContain('1234)');
    expect(redacted.split(REDACTED_PERSONNUMMER)).toHaveLength(3);
    expect(redacted).toContain(REDACTED_EMAIL);
    expect(redacted).toContain('ASN 2024');
    expect(redacted).toContain('25 660 000 kr');
    expect(redacted).toContain('1234567 kr');
  });
});
