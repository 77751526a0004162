import type { Dataset } from '../domain/dataset.js';
import { namndById } from '../domain/organisation.js';
import { programmeFamily } from '../domain/programmes.js';
import type { Language } from './format.js';

/** Example questions built from what the loaded data holds (its latest year, its largest nämnd, its programmes). */
export function exampleQuestions(dataset: Dataset, language: Language): string[] {
  // A pure function of the dataset object: built once per dataset and language (the interpreter asks on every turn).
  const byLanguage = examplesByDataset.get(dataset) ?? new Map<Language, readonly string[]>();
  examplesByDataset.set(dataset, byLanguage);
  const known = byLanguage.get(language) ?? buildExampleQuestions(dataset, language);
  byLanguage.set(language, known);
  return [...known];
}

const examplesByDataset = new WeakMap<Dataset, Map<Language, readonly string[]>>();

function buildExampleQuestions(dataset: Dataset, language: Language): string[] {
  const latest = [...dataset.years].reverse().find((year) => year.projects !== null);
  if (!latest?.projects) return language === 'en' ? ['What can you do?'] : ['Vad kan du hjälpa mig med?'];
  const paidByNamnd = new Map<string, number>();
  const families = new Map<string, number>();
  for (const project of latest.projects) {
    for (const participation of project.participations) paidByNamnd.set(participation.namnd, (paidByNamnd.get(participation.namnd) ?? 0) + participation.paidKr);
    const family = programmeFamily(project.programme);
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  const topNamnd = [...paidByNamnd.entries()].sort((left, right) => right[1] - left[1])[0]?.[0];
  const family = [...families.entries()].filter(([name]) => name !== 'Övriga').sort((left, right) => left[1] - right[1])[0]?.[0] ?? 'Interreg';
  const earlier = dataset.years.find((year) => year.year < latest.year)?.year;
  const namndName = topNamnd ? namndById(topNamnd).namn : 'Miljönämnden';
  if (language === 'en') {
    return [
      `How much EU funding did ${namndName} receive in ${latest.year}?`,
      `Which ${family} projects are there?`,
      earlier ? `Compare ${earlier} and ${latest.year}` : `Which committee has the most projects?`,
    ];
  }
  return [
    `Hur mycket EU-medel fick ${namndName} ${latest.year}?`,
    `Vilka ${family}-projekt finns?`,
    earlier ? `Hur många EU-projekt hade staden ${latest.year} jämfört med ${earlier}?` : 'Vilken nämnd har flest projekt?',
  ];
}
