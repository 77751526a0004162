import { describe, expect, it } from 'vitest';
import { UsageError } from './args.js';
import { splitGeneratedArgs } from './eval-generated-args.js';

describe('splitGeneratedArgs', () => {
  it('leaves the ordinary eval arguments alone', () => {
    expect(splitGeneratedArgs(['--json', 'eval/held-out/set-1.json'])).toEqual({ options: null, rest: ['--json', 'eval/held-out/set-1.json'] });
  });

  it('reads --generated with its limit, category and seed', () => {
    expect(splitGeneratedArgs(['--generated', '--json', '--limit', '200', '--category=unit', '--seed', '7'])).toEqual({
      options: { limit: 200, category: 'unit', seed: 7 }, rest: ['--json'],
    });
  });

  it('rejects a bad number, a missing value and the flags without --generated', () => {
    expect(() => splitGeneratedArgs(['--generated', '--limit', 'tio'])).toThrow(/heltal/);
    expect(() => splitGeneratedArgs(['--generated', '--category'])).toThrow(UsageError);
    expect(() => splitGeneratedArgs(['--limit', '5'])).toThrow(/bara med --generated/);
  });
});
