import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../test-support/datasets.js';
import { inCorpus, lexiconFor } from './lexicon.js';
import { linkEntities } from './link-entities.js';
import { normaliseQuestion } from './normalise.js';
import { detectLanguage, recogniseIntent, splitQuestion } from './recognise-intent.js';

function intentOf(question: string, hasContext = false) {
  const lexicon = lexiconFor(fixtureDataset());
  const normalised = normaliseQuestion(question);
  return recogniseIntent(normalised, linkEntities(normalised, lexicon), hasContext, (word) => inCorpus(lexicon, word));
}

describe('recogniseIntent', () => {
  it.each([
    ['Hur många projekt har miljönämnden?', 'count'],
    ['Hur mycket fick ASN 2024?', 'sum'],
    ['Vilka projekt har kulturnämnden?', 'list'],
    ['Vilken nämnd har flest projekt?', 'rank'],
    ['Vilka projekt fick mer än 1 miljon?', 'threshold'],
    ['Jämför 2023 och 2024', 'compare'],
    ['Berätta om STRIVE', 'details'],
    ['Vilka projekt har partner i Danmark?', 'partner'],
    ['hjälp', 'help'],
    ['Vilka år finns det data för?', 'years'],
    ['Stämmer summan per program med summan per nämnd?', 'reconcile'],
    ['Skriv ett utkast för kulturförvaltningen', 'draft'],
    ['Vad blir vädret i morgon?', 'out_of_scope'],
    ['Vilken förvaltning arbetar med scenkonst i vården?', 'search'],
    ['Vilka projekt handlar om festivaler?', 'list'],
    ['Give me a recipe for meatballs', 'out_of_scope'],
  ])('%s → %s', (question, kind) => {
    expect(intentOf(question).kind).toBe(kind);
  });

  it('ranks by projects for "flest" and by money for "mest pengar", ascending for "minst"', () => {
    expect(intentOf('Vilken nämnd har flest projekt?')).toMatchObject({ groupBy: 'namnd', sortBy: 'projects', order: 'desc', singular: true });
    expect(intentOf('Vilket projekt fick mest pengar?')).toMatchObject({ groupBy: 'project', sortBy: 'paidKr' });
    expect(intentOf('Vilken nämnd fick minst EU-medel?')).toMatchObject({ order: 'asc' });
    expect(intentOf('Topp 3 projekt efter utbetalda medel')).toMatchObject({ kind: 'rank', limit: 3 });
  });

  it('reads thresholds on money and on project counts', () => {
    expect(intentOf('Vilka nämnder fick över 5 miljoner?').threshold).toEqual({ field: 'paidKr', op: 'gt', value: 5_000_000 });
    expect(intentOf('Vilka nämnder har fler än 5 projekt?').threshold).toEqual({ field: 'projects', op: 'gt', value: 5 });
  });

  it('marks follow-ups only when there is a conversation to follow', () => {
    expect(intentOf('och 2023?', true).followUp).toBe(true);
    expect(intentOf('hur mycket fick de?', true).followUp).toBe(true);
    expect(intentOf('hur mycket fick de?', false).followUp).toBe(false);
  });

  it('detects the language of the question', () => {
    expect(detectLanguage(normaliseQuestion('How many projects did the committee have?'))).toBe('en');
    expect(detectLanguage(normaliseQuestion('Hur många projekt har nämnden?'))).toBe('sv');
  });
});

describe('splitQuestion', () => {
  it('splits on "och" when both parts are questions', () => {
    expect(splitQuestion('Hur många projekt har FSN och hur mycket fick de?')).toEqual(['Hur många projekt har FSN', 'hur mycket fick de?']);
  });

  it('keeps "och" inside one question', () => {
    expect(splitQuestion('Jämför miljönämnden och tekniska nämnden')).toHaveLength(1);
    expect(splitQuestion('och hur många projekt?')).toEqual(['och hur många projekt?']);
  });
});
