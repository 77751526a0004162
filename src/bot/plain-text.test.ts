import { describe, expect, it } from 'vitest';
import { cardText, defangAddress, messageText, neutraliseLinks } from './plain-text.js';
import { answerActivities } from './answer-activities.js';
import { tableCards } from './table-card.js';
import { citeSources } from './citations.js';
import type { AssistantAnswer } from '../assistant/answer.js';

const LINKABLE = /\]\(|!\[|https?:\/\/evil|www\.evil|evil\.example|<a\b|<img\b/i;

describe('plain text at the Teams boundary', () => {
  it('turns links, images and addresses into inert text', () => {
    expect(neutraliseLinks('[klicka här](https://evil.example/x)')).toBe('klicka här (länk: evil[.]example/x)');
    expect(neutraliseLinks('![x](http://evil.example/p.png)')).toBe('«bild: x, evil[.]example/p[.]png»');
    expect(neutraliseLinks('se <https://evil.example> och www.evil.example')).toBe('se evil[.]example och www[.]evil[.]example');
    expect(neutraliseLinks('[a](javascript:alert(1))')).not.toMatch(/\]\(|javascript:/);
    expect(neutraliseLinks('[a][1]\n\n[1]: https://evil.example')).not.toMatch(/\]\[|\]:|https:/);
    expect(defangAddress('https://a.b.se/c.d')).toBe('a[.]b[.]se/c[.]d');
  });

  it('leaves the bot\'s own Markdown, figures and citation markers alone', () => {
    const own = '**ASN** fick 25 660 000 kr 2024 (50,5 miljoner kronor).\n- Interreg: 3 projekt [1]\nData: 2024';
    expect(neutraliseLinks(own)).toBe(own);
  });

  it('shows HTML in messages as characters, not tags', () => {
    const text = messageText('<img src=x onerror=alert(1)> <a href="https://evil.example">x</a>');
    expect(text).not.toMatch(LINKABLE);
    expect(text).toContain('&lt;img');
    expect(cardText('a < b')).toBe('a < b');
  });

  it('neutralises answer text, table cells and citations', () => {
    const answer: AssistantAnswer = {
      question: 'q', answer: 'Ur underlaget: "[klicka här](https://evil.example)"', mode: 'embedded', year: 2024, language: 'sv',
      toolCalls: [], sources: [{ title: '[x](https://evil.example)', ref: 'http://evil.example/y' }], charts: [], suggestions: [],
      tables: [{ title: 'T', columns: [{ key: 'a', label: 'A' }], rows: [{ a: '![x](http://evil.example/p.png)' }, { a: 'www.evil.example' }] }],
    };
    const json = JSON.stringify(answerActivities(answer));
    expect(json).not.toMatch(LINKABLE);
    const single = JSON.stringify(tableCards({ ...answer.tables[0]!, rows: [{ a: '[k](https://evil.example)' }] }, 'sv'));
    expect(single).not.toMatch(LINKABLE);
    const cited = citeSources('t', answer.sources, { aiGenerated: false, language: 'sv' });
    expect(cited.entity?.citation[0]?.appearance.url).toBeUndefined();
  });
});
