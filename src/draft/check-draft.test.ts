import { describe, expect, it } from 'vitest';
import { checkDraft, namesIn, numbersIn } from './check-draft.js';

const source = { file: 'x.md', section: 'Internationellt arbete under året', passageId: 'x.md#a-1' };
const context = {
  sourceTexts: [
    'Vi ledde Klimatrådslaget, där 120 malmöbor tog fram 34 förslag. Vi deltog i Speak Up med Skive Kommune och Stad Mechelen. Budgeten var 1 200 000 kr.',
  ],
  allowedNames: ['Miljöförvaltningen', 'Malmö', 'EU'],
  allowedNumbers: ['2024'],
};
const sentence = (text: string) => ({ text, sources: [source] });

describe('checkDraft', () => {
  it('keeps sentences whose numbers and names are all in the sources', () => {
    const result = checkDraft([
      sentence('Under 2024 ledde Miljöförvaltningen Klimatrådslaget, där 120 malmöbor tog fram 34 förslag.'),
      sentence('Förvaltningen deltog i Speak Up tillsammans med Skive Kommune och Stad Mechelen, med en budget på 1 200 000 kr.'),
    ], context);
    expect(result.flagged).toEqual([]);
    expect(result.sentences).toHaveLength(2);
  });

  it('removes a sentence with an invented number and reports it', () => {
    const result = checkDraft([
      sentence('Miljöförvaltningen ledde Klimatrådslaget.'),
      sentence('Där tog 250 malmöbor fram 34 förslag.'),
    ], context);
    expect(result.sentences.map((entry) => entry.text)).toEqual(['Miljöförvaltningen ledde Klimatrådslaget.']);
    expect(result.flagged).toEqual([{ sentence: 'Där tog 250 malmöbor fram 34 förslag.', unsupported: [{ kind: 'number', text: '250' }], action: 'removed' }]);
  });

  it('reads Swedish number words: a number written in words must be in the sources too', () => {
    const result = checkDraft([
      sentence('Miljöförvaltningen ledde Klimatrådslaget.'),
      sentence('Förvaltningen deltog i Speak Up i fyra år.'),
    ], { ...context, sourceTexts: [...context.sourceTexts, 'Arbetet pågick i tre år.'] });
    expect(result.flagged[0]?.unsupported).toEqual([{ kind: 'number', text: '4' }]);
    expect(checkDraft([sentence('Arbetet pågick i tre år.')], { ...context, sourceTexts: ['Arbetet pågick i 3 år.'] }).flagged).toEqual([]);
  });

  it('catches an invented organisation and an invented project name', () => {
    const result = checkDraft([
      sentence('Miljöförvaltningen deltog i Speak Up.'),
      sentence('Förvaltningen samarbetade också med Köpenhamns universitet.'),
      sentence('Projektet Grönbo gav nya metoder.'),
      sentence('"Klimatlyftet" startade i Malmö.'),
    ], context);
    expect(result.sentences.map((entry) => entry.text)).toEqual(['Miljöförvaltningen deltog i Speak Up.']);
    const unsupported = result.flagged.flatMap((item) => item.unsupported.map((entry) => entry.text));
    expect(unsupported).toEqual(expect.arrayContaining(['Köpenhamns', 'Grönbo', 'Klimatlyftet']));
  });

  it('flags instead of removing when nothing would be left', () => {
    const result = checkDraft([sentence('Förvaltningen fick 9 miljoner från Atlantis.')], context);
    expect(result.sentences).toHaveLength(1);
    expect(result.flagged[0]?.action).toBe('flagged');
    expect(result.flagged[0]?.unsupported.map((entry) => entry.kind).sort()).toEqual(['name', 'number']);
  });
});

describe('numbersIn and namesIn', () => {
  it('normalises digit groups and decimal commas', () => {
    expect(numbersIn('1 200 000 kr och 50,5 procent, 34 förslag')).toEqual(['1200000', '50.5', '34']);
    expect(numbersIn('tolv föreställningar och ett tjugotal besök')).toEqual(['12']);
  });

  it('finds capitalised words, acronyms and quoted titles but not ordinary sentence starts', () => {
    expect(namesIn('Under året deltog förvaltningen i U-LYNC med ”Ung i Norden” och Reykjavíkurborg.')).toEqual(['Ung i Norden', 'U-LYNC', 'Ung', 'Norden', 'Reykjavíkurborg']);
  });
});
