import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { draftParagraph } from './draft-paragraph.js';
import { UnknownForvaltningError } from './draft-errors.js';
import { hasFirstPerson } from './first-person.js';
import { numbersIn } from './check-draft.js';
import { countWords } from './sentences.js';

const dataset = loadDataset(join(import.meta.dirname, '..', 'search', '__fixtures__', 'data'));
const submissionText = (file: string): string => {
  const submission = dataset.years.flatMap((year) => year.submissions).find((candidate) => candidate.file === file)!;
  return [...submission.sections.map((section) => section.text), ...submission.projects.map((project) => `${project.name} ${project.description}`)].join('\n');
};

describe('draftParagraph (embedded, extractive)', () => {
  it('writes 60–160 words in the third person, naming the förvaltning and its main projects', async () => {
    const draft = await draftParagraph({ dataset, forvaltning: 'Miljöförvaltningen', year: 2024 });
    expect(draft.status).toBe('drafted');
    expect(draft.wordCount).toBeGreaterThanOrEqual(60);
    expect(draft.wordCount).toBeLessThanOrEqual(160);
    expect(draft.wordCount).toBe(countWords(draft.paragraph));
    expect(draft.paragraph).toContain('Miljöförvaltningen');
    expect(hasFirstPerson(draft.paragraph)).toBe(false);
    expect(draft.paragraph).toMatch(/Klimatrådslaget|Speak Up|ARCADIA/);
    expect(draft.paragraph).not.toMatch(/Testdata/);
    expect(draft.flagged).toEqual([]);
  });

  it('gives every sentence the passage it came from, and every number is in the submission', async () => {
    const draft = await draftParagraph({ dataset, forvaltning: 'MN', year: 2024 });
    const source = submissionText('2024/underlag/miljoforvaltningen.md');
    for (const sentence of draft.sentences) {
      expect(sentence.sources.length).toBeGreaterThan(0);
      expect(sentence.sources.every((entry) => entry.file === '2024/underlag/miljoforvaltningen.md' && entry.passageId.startsWith(entry.file))).toBe(true);
      for (const number of numbersIn(sentence.text)) if (number !== '2024') expect(source.replace(/\s/g, '')).toContain(number);
    }
    expect(draft.sentences.map((sentence) => sentence.text).join(' ')).toBe(draft.paragraph);
  });

  it('rewrites the first person of the submission to the förvaltning', async () => {
    const draft = await draftParagraph({ dataset, forvaltning: 'Kulturnämnden', year: 2024 });
    expect(draft.forvaltning).toBe('Kulturförvaltningen');
    expect(draft.paragraph).toContain('Perfare');
    expect(draft.paragraph).not.toMatch(/\bVi har\b/);
    expect(draft.paragraph).toMatch(/Förvaltningen har genom Perfare utvecklat/);
  });

  it('compares with last year when a submission exists for it', async () => {
    const draft = await draftParagraph({ dataset, forvaltning: 'Miljöförvaltningen', year: 2024 });
    expect(draft.comparison?.year).toBe(2023);
    expect(draft.comparison?.paragraph).toContain('Miljöförvaltningen');
    expect(draft.comparison?.newProjects).toEqual(['ARCADIA']);
    expect(draft.comparison?.droppedProjects).toEqual([]);
    const culture = await draftParagraph({ dataset, forvaltning: 'Kulturförvaltningen', year: 2024 });
    expect(culture.comparison?.paragraph).toBeNull();
    expect(culture.comparison?.note).toContain('Inget underlag från Kulturförvaltningen för 2023');
  });

  it('says clearly when the förvaltning has no submission for the year, and what exists', async () => {
    const draft = await draftParagraph({ dataset, forvaltning: 'ASN', year: 2024 });
    expect(draft.status).toBe('no-submission');
    expect(draft.paragraph).toBe('');
    expect(draft.notes[0]).toBe('Det finns inget underlag från Arbetsmarknads- och socialförvaltningen för 2024, så inget stycke kan skrivas.');
    expect(draft.available?.forvaltningarForYear).toEqual(['Fritidsförvaltningen', 'Kulturförvaltningen', 'Miljöförvaltningen']);
    const lastYear = await draftParagraph({ dataset, forvaltning: 'Kulturförvaltningen', year: 2023 });
    expect(lastYear.status).toBe('no-submission');
    expect(lastYear.available?.yearsForForvaltning).toEqual([2024]);
  });

  it('rejects an unknown förvaltning with a suggestion', async () => {
    await expect(draftParagraph({ dataset, forvaltning: 'Miljöförvaltnignen' })).resolves.toMatchObject({ forvaltning: 'Miljöförvaltningen' });
    const error = await draftParagraph({ dataset, forvaltning: 'Rymdförvaltningen' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownForvaltningError);
    expect((error as Error).message).toMatch(/^Okänd förvaltning "Rymdförvaltningen" — menade du /);
  });
});
