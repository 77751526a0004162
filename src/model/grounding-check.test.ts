import { describe, expect, it } from 'vitest';
import { checkGrounding } from './grounding-check.js';
import { findNumberMentions } from './number-mentions.js';

const values = (text: string) => findNumberMentions(text).map((mention) => mention.readings.map((reading) => reading.value));

describe('findNumberMentions', () => {
  it('reads Swedish and English number formats with their scale', () => {
    expect(values('ASN fick 25 660 000 kr')).toEqual([[25_660_000]]);
    expect(values('totalt 50,5 miljoner kronor')).toEqual([[50_500_000]]);
    expect(values('about 50.5 million')).toEqual([[50_500_000]]);
    expect(values('1,2 mnkr och 50 468 tkr')).toEqual([[1_200_000], [50_468_000]]);
    expect(values('SEK 25,660,000')).toEqual([[25_660_000]]);
    expect(values('25\u00a0660\u00a0000 kr')).toEqual([[25_660_000]]);
    expect(values('1,234')).toEqual([[1234, 1.234]]);
    expect(values('SEK 50.5m')).toEqual([[50_500_000]]);
  });

  it('tells percentages, ordinals and dates apart and skips list and citation markers', () => {
    const mentions = findNumberMentions('1. Perfare startade 2022-10-01 och fick 12,5 % [2]\n2. ASN kom 3:e');
    expect(mentions.map((mention) => [mention.kind, mention.text])).toEqual([
      ['date', '2022-10-01'],
      ['percent', '12,5 %'],
      ['ordinal', '3:e'],
    ]);
  });

  it('keeps separate numbers apart', () => {
    expect(values('Under 2024 fick 9 nämnder 60 projekt, 2023 var det 54.')).toEqual([[2024], [9], [60], [2023], [54]]);
    expect(values('mål 1, 2 och 3')).toEqual([[1], [2], [3]]);
  });
});

describe('checkGrounding', () => {
  const toolResults = [
    {
      years: [2024],
      namnd: 'Arbetsmarknads- och socialnämnden',
      paidKr: 25_660_000,
      projects: [{ name: 'Perfare', start: '2022-10-01' }, { name: 'Horisont 2020-projekt' }, { name: 'C' }],
      sources: [{ title: 'Projektlistan 2024', ref: 'data/2024/projects.json' }],
    },
    { years: [2024], totalPaidKr: 50_468_000, projectCount: 60, namndCount: 9 },
  ];
  const evidence = { toolResults, question: 'Hur mycket fick ASN 2024?' };

  it('accepts figures from the tools in any honest format', () => {
    const answer =
      'Arbetsmarknads- och socialnämnden fick 25 660 000 kr under 2024, av totalt 50,5 miljoner kronor (about 50.47 million) ' +
      'för 60 projekt i 9 nämnder. Perfare startade 2022-10-01. ASN har 3 projekt; det 3:e är C. ' +
      'Det är 50,8 % av de utbetalda medlen. Källa: data/2024/projects.json';
    const result = checkGrounding(answer, evidence);
    expect(result.ungrounded).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(8);
  });

  it('catches invented figures, sums and wrong roundings', () => {
    expect(checkGrounding('ASN fick 26 000 000 kr.', evidence).ungrounded).toEqual(['26 000 000']);
    expect(checkGrounding('ASN fick 31,2 miljoner kronor.', evidence).ungrounded).toEqual(['31,2 miljoner']);
    // 25 660 000 + 50 468 000 is computed, not a tool figure.
    expect(checkGrounding('Tillsammans 76 128 000 kr.', evidence).ok).toBe(false);
    expect(checkGrounding('Det var 51 miljoner.', evidence).ok).toBe(false);
    expect(checkGrounding('Det är 73 % av medlen.', evidence).ungrounded).toEqual(['73 %']);
    expect(checkGrounding('Perfare startade 2021-10-01.', evidence).ungrounded).toEqual(['2021-10-01']);
  });

  it('accepts an exact difference of two amounts of one tool result, not of counts or across results', () => {
    const figures = { toolResults: [{ published: 2_500_000, projectList: 2_400_000, projects: 25 }, { projects: 4 }], question: '' };
    expect(checkGrounding('Skillnad −100 000 kr.', figures).ok).toBe(true);
    expect(checkGrounding('Skillnad 0,1 miljoner.', figures).ok).toBe(false);
    expect(checkGrounding('21 projekt fler.', figures).ok).toBe(false);
    expect(checkGrounding('Skillnad 2 300 000 kr.', { toolResults: [{ a: 2_500_000 }, { b: 200_000 }], question: '' }).ok).toBe(false);
  });

  it('accepts numbers and years the question states', () => {
    expect(checkGrounding('Jag hittar inga projekt för 2031.', { toolResults: [], question: 'Vilka projekt fanns 2031?' }).ok).toBe(true);
    expect(checkGrounding('Jag hittar inga projekt för 2031.', { toolResults: [], question: 'Vilka projekt fanns?' }).ok).toBe(false);
  });

  it('passes an answer without numbers', () => {
    expect(checkGrounding('Det finns inte i underlaget.', { toolResults: [], question: 'Vem är ordförande?' })).toEqual({ ok: true, ungrounded: [], checked: 0 });
  });
});
