import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { interpret } from './interpret.js';
import { lexiconFor } from './lexicon.js';
import { linkEntities } from './link-entities.js';
import { normaliseQuestion } from './normalise.js';

const ask = async (question: string) => (await interpret(question, null, { dataset: sampleDataset() })).answer;
const link = (question: string) => linkEntities(normaliseQuestion(question), lexiconFor(sampleDataset()));

describe('an unknown coordinated name ("X och Y-nämnden") is one mention, suggested from the whole', () => {
  it.each([
    ['vad fick miljö och hälsoskyddsnämnden', 'Miljönämnden'],
    ['Hur mycket fick miljö- och hälsoskyddsnämnden 2024?', 'Miljönämnden'],
    ['Vilka projekt har Miljö- och hälsoskyddsförvaltningen?', 'Miljönämnden'],
    ['hur mycket fick gatu- och fastighetskontoret', 'Tekniska nämnden'],
  ])('"%s" asks "menade du %s?"', async (question, suggestion) => {
    const entities = link(question);
    expect(entities.units).toEqual([]);
    expect(entities.unknownUnits).toHaveLength(1);
    expect(entities.unknownUnits[0]?.text.split(' ').length).toBeGreaterThanOrEqual(3);
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toContain(`Menade du ${suggestion}?`);
  });

  it.each([
    ['hur mycket fick kultur och fritidsnämnden?', 'Kulturnämnden eller Fritidsnämnden'],
    ['How much did the culture and leisure committee get?', 'Kulturnämnden or Fritidsnämnden'],
  ])('"%s": the last part alone names a unit, the whole names none — ask which', async (question, expected) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toContain(expected);
  });

  it.each([
    ['Hur mycket fick arbetsmarknads- och socialnämnden?', ['asn']],
    ['Jämför ASN och kulturnämnden', ['asn', 'kn']],
    ['Hur mycket fick miljönämnden och kulturnämnden?', ['mn', 'kn']],
    ['How much did the sports and leisure committee get?', ['frn']],
    ['How much did the health and care committee get?', ['hvn']],
  ])('"%s": real names and two named units are unaffected', (question, ids) => {
    const entities = link(question);
    expect(entities.unknownUnits).toEqual([]);
    expect(entities.units.map((unit) => unit.id).sort()).toEqual([...ids].sort());
  });
});
