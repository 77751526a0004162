import type { EvalQuestion } from './eval-question.js';
import { buildEntities, type Entity, type Surface } from './entities.js';
import { MEASURES, type Language, type Measure } from './measures.js';
import type { OracleFacts } from './oracle.js';
import { PHRASINGS } from './phrasings.js';
import { seedOf, seededRandom, type SeededRandom } from './seeded-random.js';
import { hasDiacritics, withOneTypo, withoutDiacritics } from './spelling-variants.js';

export const STYLES = ['formal', 'informal', 'english', 'no-diacritics', 'typo'] as const;
export type Style = (typeof STYLES)[number];

/** A generated question: an eval question plus what it was generated from. */
export interface GeneratedQuestion extends EvalQuestion {
  style: Style;
  measure: string;
  entityKind: Entity['kind'];
  entity: string;
}

export interface GenerateOptions {
  seed: number;
  /** Variants per entity, measure and style (formal, informal, English); one no-å/ä/ö and one typo variant each. */
  variants?: Partial<Record<'formal' | 'informal' | 'english', number>>;
}

/** Default variants: two of each for the groups, one for each project and partner (there are many of them). */
const defaultVariants = (entity: Entity): Record<'formal' | 'informal' | 'english', number> =>
  (entity.kind === 'project' || entity.kind === 'partner' ? { formal: 1, informal: 1, english: 1 } : { formal: 2, informal: 2, english: 2 });

/** Nobody types a full project name with its dash and subtitle in a quick message: the informal style uses the short names. */
const informalSurfaces = (surfaces: readonly Surface[]): Surface[] => {
  const quick = surfaces.filter((surface) => !/ [–-] /.test(surface.text));
  return quick.length > 0 ? quick : [...surfaces];
};

const fill = (template: string, name: Surface, year: number): string =>
  template.replace(/\{x:s\}/g, name.genitive).replace(/\{x\}/g, name.text).replace(/\{year\}/g, String(year));

/** An informal writer types names in lower case; abbreviations and acronyms keep theirs. */
const informalName = (name: Surface): Surface => (name.keepCase ? name : { ...name, text: name.text.toLowerCase(), genitive: name.genitive.toLowerCase() });

interface Draft { question: string; style: Style; language: Language; surface: Surface }

function draftsFor(entity: Entity, measure: Measure, year: number, random: SeededRandom, counts: Record<'formal' | 'informal' | 'english', number>): Draft[] {
  const phrasings = PHRASINGS[measure.phrasings];
  if (!phrasings) throw new Error(`Inga formuleringar för ${measure.phrasings}`);
  const drafts: Draft[] = [];
  const start = random.below(64);
  (['formal', 'informal', 'english'] as const).forEach((style) => {
    const language: Language = style === 'english' ? 'en' : 'sv';
    const surfaces = style === 'informal' ? informalSurfaces(entity.surfaces.sv) : entity.surfaces[language];
    random.sample(phrasings[style], counts[style]).forEach((template, index) => {
      const base = surfaces[(start + index + drafts.length) % surfaces.length] as Surface;
      const surface = style === 'informal' ? informalName(base) : base;
      drafts.push({ question: fill(template, surface, year), style, language, surface });
    });
  });
  const swedish = drafts.filter((draft) => draft.language === 'sv');
  const withLetters = swedish.filter((draft) => hasDiacritics(draft.question));
  if (withLetters.length > 0) {
    const source = random.pick(withLetters);
    drafts.push({ ...source, style: 'no-diacritics', question: withoutDiacritics(source.question) });
  }
  if (swedish.length > 0) {
    const source = random.pick(swedish);
    const typed = withOneTypo(source.question, source.surface.short ? null : source.surface.text, random);
    if (typed) drafts.push({ ...source, style: 'typo', question: typed });
  }
  return drafts;
}

/**
 * The paraphrase suite: every entity in the data crossed with each measure asked about its kind and
 * each style, the expected answer from the oracle. Deterministic for a seed; a question whose
 * entity has no answer to check (a project without a recorded budget) is not generated.
 */
export function generateSuite(facts: OracleFacts, options: GenerateOptions): GeneratedQuestion[] {
  const questions: GeneratedQuestion[] = [];
  const seen = new Set<string>();
  for (const entity of buildEntities(facts)) {
    for (const measure of MEASURES[entity.kind]) {
      const random = seededRandom(seedOf(`${entity.kind}/${entity.id}/${measure.name}`, options.seed));
      const counts = { ...defaultVariants(entity), ...options.variants };
      for (const draft of draftsFor(entity, measure, facts.year, random, counts)) {
        const expectation = measure.expect(entity, facts, draft.language);
        const category = `${entity.kind}/${measure.name}`;
        if (!expectation || seen.has(`${category}|${draft.question}`)) continue;
        seen.add(`${category}|${draft.question}`);
        questions.push({
          id: `g${String(questions.length + 1).padStart(5, '0')}`, category, language: draft.language, question: draft.question, followUpOf: null,
          expect: { contains: expectation.contains, ...(expectation.containsAny ? { containsAny: expectation.containsAny } : {}) },
          style: draft.style, measure: measure.name, entityKind: entity.kind, entity: entity.id,
        });
      }
    }
  }
  return questions;
}

/** A fixed, stratified sample: up to `perCategory` questions of each category, chosen by the seed. */
export function sampleSuite(questions: readonly GeneratedQuestion[], perCategory: number, seed: number): GeneratedQuestion[] {
  const byCategory = new Map<string, GeneratedQuestion[]>();
  for (const question of questions) byCategory.set(question.category, [...(byCategory.get(question.category) ?? []), question]);
  const random = seededRandom(seed);
  return [...byCategory.values()].flatMap((members) => random.sample(members, perCategory).sort((left, right) => left.id.localeCompare(right.id)));
}
