/**
 * Writes data/2024/projects.json, data/2024/published.json, data/2023/published.json and
 * data/2024/underlag/*.md from the definitions in this folder, and checks that every published
 * 2024 figure comes out exactly. Run: npx tsx scripts/sample-data/generate.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProjectFileSchema, type Project } from '../../src/domain/project.js';
import { PublishedReportSchema } from '../../src/domain/published.js';
import { programmeFamily, PROGRAMME_FAMILIES, type ProgrammeFamily } from '../../src/domain/programmes.js';
import { namndById } from '../../src/domain/organisation.js';
import { SECTION_HEADINGS, type Submission } from '../../src/domain/submission.js';
import { renderSubmissionMarkdown } from '../../src/ingest/render-markdown.js';
import { PROJECTS_2024 } from './projects-2024.js';
import { CONTACTS } from './contacts.js';
import { NARRATIVES_2024 } from './narratives-2024.js';

const DATA = resolve(process.argv[2] ?? 'data');
const SOURCE_2024 = 'Redovisning av internationellt arbete 2024, tjänsteskrivelse KSAU 2025-04-28 (STK-2024-820)';

/** The report's per-nämnd table. */
export const PUBLISHED_PER_NAMND: Record<string, { projects: number; paidKr: number }> = {
  asn: { projects: 10, paidKr: 25_660_000 }, fsn: { projects: 2, paidKr: 917_000 }, gsn: { projects: 9, paidKr: 5_900_000 },
  gvn: { projects: 5, paidKr: 3_813_000 }, ks: { projects: 4, paidKr: 1_246_000 }, kn: { projects: 3, paidKr: 424_000 },
  mn: { projects: 25, paidKr: 10_404_000 }, sbn: { projects: 1, paidKr: 444_000 }, tn: { projects: 4, paidKr: 1_660_000 },
};
/** The report's family table as printed; Övriga in the data absorbs the 633 531 kr gap. */
const PRINTED_FAMILY: Record<ProgrammeFamily, number> = { ESF: 29_239_146, Horisont: 9_239_146, Interreg: 635_342, Erasmus: 8_309_537, Övriga: 2_411_298 };
const GAP = 50_468_000 - Object.values(PRINTED_FAMILY).reduce((a, b) => a + b, 0);
const DATA_FAMILY: Record<ProgrammeFamily, number> = { ...PRINTED_FAMILY, Övriga: PRINTED_FAMILY.Övriga + GAP };
const PUBLISHED_PER_GOAL = [19, 9, 34, 8, 7];

/** nämnd × family cells: each 'rest' participation is filled so that its cell adds up. */
const CELLS: Record<string, Partial<Record<ProgrammeFamily, number>>> = {
  asn: { ESF: 25_247_400, Övriga: 412_600 },
  fsn: { Erasmus: 917_000 },
  gsn: { ESF: 1_607_618, Erasmus: 4_292_382 },
  gvn: { ESF: 712_845, Erasmus: 3_100_155 },
  ks: { ESF: 736_330, Interreg: 118_940, Övriga: 390_730 },
  kn: { Övriga: 424_000 },
  mn: { ESF: 934_953, Horisont: 8_170_366, Interreg: 285_284, Övriga: 1_013_397 },
  sbn: { Horisont: 444_000 },
  tn: { Horisont: 624_780, Interreg: 231_118, Övriga: 804_102 },
};

function fail(message: string): never {
  throw new Error(message);
}

function buildProjects(): Project[] {
  const ids = new Set<string>();
  const specs = PROJECTS_2024.map((spec) => ({ ...spec, participations: spec.participations.map((x) => ({ ...x })) }));
  for (const [namnd, cells] of Object.entries(CELLS)) {
    for (const [family, target] of Object.entries(cells) as Array<[ProgrammeFamily, number]>) {
      const inCell = specs.flatMap((spec) => spec.participations.filter((x) => x.namnd === namnd && programmeFamily(spec.programme) === family));
      const fixed = inCell.reduce((sum, x) => sum + (x.paidKr === 'rest' ? 0 : x.paidKr), 0);
      const rest = inCell.filter((x) => x.paidKr === 'rest');
      if (rest.length > 1) fail(`${namnd}/${family}: flera rest-deltaganden`);
      if (rest.length === 0 && fixed !== target) fail(`${namnd}/${family}: ${fixed} ≠ ${target}`);
      if (rest[0]) {
        if (target - fixed <= 0) fail(`${namnd}/${family}: resten blir ${target - fixed}`);
        rest[0].paidKr = target - fixed;
      }
    }
  }
  return specs.map((spec) => {
    if (ids.has(spec.id)) fail(`dubbelt id ${spec.id}`);
    ids.add(spec.id);
    const owner = spec.participations[0]?.namnd ?? spec.collaborators?.[0] ?? fail(`${spec.id} saknar förvaltning`);
    const contact = CONTACTS[owner] ?? fail(`ingen kontakt för ${owner}`);
    return {
      id: spec.id, name: spec.name, acronym: spec.acronym ?? null, programme: spec.programme, start: spec.start, end: spec.end,
      totalBudgetKr: spec.totalBudgetKr, euRate: spec.euRate, lead: spec.lead, partners: spec.partners, description: spec.description,
      themes: spec.themes, kfGoals: spec.kfGoals,
      participations: spec.participations.map((x) => ({ namnd: x.namnd, role: x.role, paidKr: x.paidKr === 'rest' ? fail(`${spec.id}: rest ej ifylld`) : x.paidKr })),
      collaborators: spec.collaborators ?? [], contact: contact.name, provenance: spec.provenance,
    };
  });
}

function check(projects: Project[]): void {
  const counted = projects.filter((x) => x.participations.length > 0);
  if (counted.length !== 60) fail(`${counted.length} räknade projekt, ska vara 60`);
  const participations = counted.flatMap((x) => x.participations);
  if (participations.length !== 63) fail(`${participations.length} deltaganden, ska vara 63`);
  for (const [namnd, expected] of Object.entries(PUBLISHED_PER_NAMND)) {
    const mine = participations.filter((x) => x.namnd === namnd);
    const paid = mine.reduce((sum, x) => sum + x.paidKr, 0);
    if (mine.length !== expected.projects || paid !== expected.paidKr) fail(`${namnd}: ${mine.length} projekt / ${paid} kr, ska vara ${expected.projects} / ${expected.paidKr}`);
  }
  const namnder = new Set(participations.map((x) => x.namnd));
  if (namnder.size !== 9) fail(`${namnder.size} nämnder`);
  for (const family of PROGRAMME_FAMILIES) {
    const paid = counted.filter((x) => programmeFamily(x.programme) === family).flatMap((x) => x.participations).reduce((sum, x) => sum + x.paidKr, 0);
    if (paid !== DATA_FAMILY[family]) fail(`${family}: ${paid}, ska vara ${DATA_FAMILY[family]}`);
  }
  PUBLISHED_PER_GOAL.forEach((expected, index) => {
    const n = counted.filter((x) => x.kfGoals.includes((index + 1) as 1)).length;
    if (n !== expected) fail(`KF-mål ${index + 1}: ${n} projekt, ska vara ${expected}`);
  });
  for (const project of counted) if (project.kfGoals.length === 0) fail(`${project.id} saknar KF-mål`);
}

function submissionFor(namnd: string, projects: Project[]): Submission {
  const contact = CONTACTS[namnd] ?? fail(`kontakt ${namnd}`);
  const narrative = NARRATIVES_2024[namnd] ?? fail(`berättelse saknas för ${namnd}`);
  const rows = projects.flatMap((project) => project.participations.filter((x) => x.namnd === namnd).map((x) => ({
    name: project.name, programme: project.programme, role: x.role, lead: project.lead, partners: project.partners,
    start: project.start, end: project.end, totalBudgetKr: project.totalBudgetKr, paidKr: x.paidKr, kfGoals: project.kfGoals,
    description: project.description,
  })));
  return {
    year: 2024, namnd, forvaltning: namndById(namnd).forvaltning, contact: { name: contact.name, email: contact.email },
    sections: [
      { heading: SECTION_HEADINGS['internationellt-arbete'], field: 'internationellt-arbete', text: narrative.arbete },
      { heading: SECTION_HEADINGS.verksamhetsutveckling, field: 'verksamhetsutveckling', text: narrative.utveckling },
      { heading: SECTION_HEADINGS.natverk, field: 'natverk', text: narrative.natverk },
      { heading: SECTION_HEADINGS.projekt, field: 'projekt', text: narrative.projekt },
    ],
    projects: rows, file: `2024/underlag/${contact.file}.md`,
  };
}

const projects = buildProjects();
check(projects);
const note = `Exempeldata blandat med verkliga uppgifter. Verkliga: redovisningens publicerade siffror (published.json) och fakta om namngivna projekt från offentliga källor (provenance.kind = "verified"; utbetalda belopp och KF-mål i dem är ändå exempeldata om inget annat sägs). Allt annat är påhittat (provenance.kind = "example"), liksom alla kontaktpersoner. Belopp i euro är omräknade med 11,5 kr/EUR. Familjen Övriga bär redovisningens glapp på ${GAP.toLocaleString('sv-SE')} kr (se data/README.md).`;
const projectFile = ProjectFileSchema.parse({ year: 2024, note, projects });
mkdirSync(join(DATA, '2024', 'underlag'), { recursive: true });
mkdirSync(join(DATA, '2023'), { recursive: true });
writeFileSync(join(DATA, '2024', 'projects.json'), `${JSON.stringify(projectFile, null, 2)}\n`);

const published2024 = PublishedReportSchema.parse({
  year: 2024, source: SOURCE_2024,
  totals: { projects: 60, namnder: 9, paidKr: 50_500_000, paidApproximate: true },
  perNamnd: Object.entries(PUBLISHED_PER_NAMND).map(([namnd, x]) => ({ namnd, projects: x.projects, paidKr: x.paidKr })),
  perFamily: PROGRAMME_FAMILIES.map((family) => ({ family, paidKr: PRINTED_FAMILY[family] })),
  perGoal: PUBLISHED_PER_GOAL.map((projectsCount, index) => ({ goal: index + 1, projects: projectsCount })),
});
writeFileSync(join(DATA, '2024', 'published.json'), `${JSON.stringify(published2024, null, 2)}\n`);
const published2023 = PublishedReportSchema.parse({
  year: 2023, source: `${SOURCE_2024} (jämförelsesiffror för 2023)`,
  totals: { projects: 54, namnder: 8, paidKr: 43_000_000, paidApproximate: true }, perNamnd: null, perFamily: null, perGoal: null,
});
writeFileSync(join(DATA, '2023', 'published.json'), `${JSON.stringify(published2023, null, 2)}\n`);

for (const namnd of Object.keys(CONTACTS)) {
  if (!NARRATIVES_2024[namnd]) continue;
  const submission = submissionFor(namnd, projectFile.projects);
  writeFileSync(join(DATA, submission.file), renderSubmissionMarkdown(submission));
}
console.log(`Skrev ${projectFile.projects.length} projekt (${projectFile.projects.filter((x) => x.participations.length > 0).length} räknade) till ${DATA}`);
