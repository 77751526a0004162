import { describe, expect, it } from 'vitest';
import { joinList, money, moneyWithMillions, signedMoney } from './format.js';

describe('answer formatting', () => {
  it('writes kronor the Swedish way, and the English way in English answers', () => {
    expect(money(25_660_000, 'sv')).toBe('25 660 000 kr');
    expect(money(25_660_000, 'en')).toBe('SEK 25,660,000');
  });

  it('adds the rounded millions to large totals', () => {
    expect(moneyWithMillions(50_468_000, 'sv')).toBe('50 468 000 kr (50,5 miljoner kronor)');
    expect(moneyWithMillions(917_000, 'sv')).toBe('917 000 kr');
  });

  it('signs differences and joins lists', () => {
    expect(signedMoney(633_531, 'sv')).toBe('+633 531 kr');
    expect(signedMoney(-32_000, 'sv')).toBe('−32 000 kr');
    expect(joinList(['a', 'b', 'c'], 'sv')).toBe('a, b och c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
  });
});
