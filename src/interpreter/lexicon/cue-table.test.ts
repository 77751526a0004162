import { describe, expect, it } from 'vitest';
import { cueTable, findCues } from './cue-table.js';
import { PROJECT_DATE_CUES } from './cue-words.js';

describe('cue tables: phrases as data', () => {
  const table = cueTable<'sum' | 'count'>([['sum', ['hur mycket', 'bidrag*']], ['count', ['hur manga']]]);

  it('finds phrases and prefix words in order of appearance', () => {
    const found = findCues('hur manga bidragen och hur mycket'.split(' '), table);
    expect(found.map((match) => [match.value, match.start])).toEqual([['count', 0], ['sum', 2], ['sum', 4]]);
  });

  it('a longer phrase wins over a shorter one on the same words, and nothing matches across a gap', () => {
    const dates = findCues('vilka projekt loper fram till 2028'.split(' '), PROJECT_DATE_CUES);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ value: 'ends_by', phrase: 'loper fram till', length: 3 });
    expect(findCues('hur kan mycket'.split(' '), table)).toEqual([]);
  });
});
