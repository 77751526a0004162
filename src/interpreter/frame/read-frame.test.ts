import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test-support/datasets.js';
import { lexiconFor } from '../lexicon.js';
import { linkEntities } from '../link-entities.js';
import { normaliseQuestion } from '../normalise.js';
import { readFrame } from './read-frame.js';

const frameOf = (question: string, hasContext = false) => {
  const normalised = normaliseQuestion(question);
  return readFrame(normalised, linkEntities(normalised, lexiconFor(sampleDataset())), 'sv', hasContext);
};

describe('readFrame: the question in typed slots', () => {
  it.each([
    ['Vilken nämnd har näst flest projekt?', 2, 'namnd', 'projects'],
    ['vilken namnd har nast flest projekt', 2, 'namnd', 'projects'],
    ['Vilket program är tredje störst i EU-medel?', 3, 'programme', 'paidKr'],
    ['Which department has the second most projects?', 2, 'namnd', 'projects'],
  ])('"%s": position %i in a ranking over %s by %s', (question, position, groupBy, rankBy) => {
    const frame = frameOf(question);
    expect(frame.position).toBe(position);
    expect(frame.groupBy).toBe(groupBy);
    expect(frame.rankBy).toBe(rankBy);
    expect(frame.asks).toContain('rank');
  });

  it('"Which programme comes after ESF?" places itself after the named family', () => {
    const frame = frameOf('Which programme comes after ESF?');
    expect(frame.relativeTo).toEqual({ kind: 'family', key: 'ESF', relation: 'after' });
    expect(frame.groupBy).toBe('programme');
  });

  it.each([
    'Hur många procent fler projekt än året innan?',
    'hur manga procent fler projekt an aret innan',
    'How many percent more projects than the year before?',
  ])('"%s" asks a change in percent against the previous year', (question) => {
    const frame = frameOf(question);
    expect(frame.changeInPercent).toBe(true);
    expect(frame.againstPreviousYear).toBe(true);
    expect(frame.asks).toContain('count');
  });

  it('"Kulturnämnden – antal projekt och summa?" asks two things about one unit', () => {
    const frame = frameOf('Kulturnämnden – antal projekt och summa?');
    expect(frame.asks).toEqual(['count', 'sum']);
    expect(frame.filters.namnd).toEqual(['kn']);
  });

  it('an ordinal without a ranking word is no position, and a plain ranking has none', () => {
    expect(frameOf('Vilka andra projekt har Kulturnämnden?').position).toBeNull();
    expect(frameOf('Vilken nämnd har flest projekt?').position).toBeNull();
  });

  it('keeps the words no entity or cue explained, and follows up only without a subject', () => {
    const frame = frameOf('hur många skloa deltar?', true);
    expect(frame.unexplained).toContain('skloa');
    expect(frame.followUp).toBe(true);
    expect(frameOf('och Kulturnämnden?', true).followUp).toBe(false);
  });
});

describe('project dates are not data years', () => {
  it.each([
    'Vilka projekt löper till 2028?',
    'vilka projekt loper till 2028',
    'Vilka projekt pågår fram till 2028?',
    'Which projects run until 2028?',
  ])('"%s" is a project end date', (question) => {
    const frame = frameOf(question);
    expect(frame.filters.endsIn).toBe(2028);
    expect(frame.filters.year).toBeUndefined();
  });
});

describe('a project end date lists the projects ending then', () => {
  it.each(['Vilka projekt löper till 2028?', 'vilka projekt pagar fram till 2028', 'Which projects run until 2028?'])('"%s"', async (question) => {
    const { interpret } = await import('../interpret.js');
    const { answer } = await interpret(question, null, { dataset: sampleDataset() });
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { endsAfter: '2027-12-31', endsBefore: '2028-12-31' } });
  });
});
