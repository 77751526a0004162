import { existsSync, readFileSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProjectFileSchema, type Project } from '../domain/project.js';
import { PROGRAMME_NAMES } from '../domain/programmes.js';
import { loadDataset } from '../data/load-dataset.js';
import { ingestFiles, submissionStoredPath, type IngestFileInput } from './ingest-submissions.js';
import { DatasetLockedError, LOCK_FILE } from '../data/dataset-lock.js';
import { formatProblem, SubmissionRejectedError, type Problem } from './problem.js';
import { FIXTURE_KULTUR_2024, makeDataFolder, makeInputFolder, snapshot } from './__fixtures__/data-folder.js';
import { fillTemplate, makePdfDocument, makeWordDocument, makeWorkbook } from './__fixtures__/make-files.js';

const NOW = (): Date => new Date('2025-02-10T09:00:00Z');

function projectsOf(dataDir: string, year: number): Project[] {
  return ProjectFileSchema.parse(JSON.parse(readFileSync(join(dataDir, String(year), 'projects.json'), 'utf8'))).projects;
}

function write(folder: string, name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** Runs an ingest that must be rejected; checks that the data folder is byte-for-byte unchanged and returns the problems. */
async function rejected(dataDir: string, files: Array<string | IngestFileInput>, replace = false): Promise<Problem[]> {
  const before = snapshot(dataDir);
  const error = await ingestFiles({ dataDir, files, replace, now: NOW }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SubmissionRejectedError);
  expect(snapshot(dataDir)).toEqual(before);
  return (error as SubmissionRejectedError).problems;
}

const messages = (problems: Problem[]): string[] => problems.map(formatProblem);

const KULTUR_DETAILS = { År: 2025, Nämnd: 'Kulturnämnden', Förvaltning: 'Kulturförvaltningen', Kontaktperson: 'Anna Andersson', 'E-post': 'anna.andersson@malmo.se' };
const HEADER = ['Projekt', 'Program', 'Roll', 'Projektägare', 'Partners', 'Start', 'Slut', 'Total budget (kr)', 'Utbetalt under året (kr)', 'KF-mål', 'Beskrivning'];

function markdown(front: Record<string, string>, rows: string[][], header = HEADER, extra = ''): string {
  const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
  return ['---', ...Object.entries(front).map(([key, value]) => `${key}: ${value}`), '---', '', '## Internationellt arbete under året', '', 'Text.', '', extra, '## Externfinansierade projekt', '', ...table, ''].join('\n');
}

const FRONT_ASF_2024 = { år: '2024', nämnd: 'ASN', förvaltning: 'Arbetsmarknads- och socialförvaltningen', kontaktperson: 'Per Persson', 'e-post': 'per.persson@malmo.se' };

describe('ingestFiles: the Excel template round trip', () => {
  test('a template filled in with exceljs is ingested, stored as Markdown and its projects join the year', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const file = write(input, 'kultur.xlsx', await fillTemplate({
      details: KULTUR_DETAILS,
      sections: { 'Internationellt arbete under året': 'Vi deltog i Europeiska kulturhuvudstadsnätverket.', 'Internationella nätverk': 'Eurocities kultur.' },
      projects: [
        ['Perfare', 'Kreativa Europa', 'Projektpart', 'Consorzio Marche Spettacolo (IT)', 'Welcome APS (IT); Pro Progressione (HU)', '2022-10-01', '2025-06-30', 4200000, 180000, '1; 4', 'Scenkonst i vården.'],
        ['Nordic Stages', 'Creative Europe', 'Projektägare', '', 'Teater Viirus (FI)', new Date(Date.UTC(2025, 0, 15)) as unknown as string, '2026-12-31', '3 000 000 kr', '450 000', 1, 'Gästspel.'],
      ],
    }));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });

    expect(report.submissions).toHaveLength(1);
    expect(report.submissions[0]).toMatchObject({ action: 'added', year: 2025, namnd: 'kn', storedPath: '2025/underlag/kulturforvaltningen.md', projects: 2 });
    expect(report.submissions[0]?.merge.created).toEqual(['Perfare', 'Nordic Stages']);
    expect(report.notices.map((notice) => notice.message).join('\n')).toMatch(/exempelrad/);

    const dataset = loadDataset(dataDir);
    const year = dataset.years.find((candidate) => candidate.year === 2025);
    expect(year?.submissions).toHaveLength(1);
    const submission = year?.submissions[0];
    expect(submission?.contact).toEqual({ name: 'Anna Andersson', email: 'anna.andersson@malmo.se' });
    expect(submission?.sections.find((section) => section.field === 'natverk')?.text).toBe('Eurocities kultur.');
    expect(submission?.projects.map((project) => project.name)).toEqual(['Perfare', 'Nordic Stages']);

    const projects = projectsOf(dataDir, 2025);
    const nordic = projects.find((project) => project.name === 'Nordic Stages');
    expect(nordic).toMatchObject({
      id: 'nordic-stages', programme: 'Kreativa Europa', start: '2025-01-15', end: '2026-12-31', totalBudgetKr: 3_000_000, kfGoals: [1],
      partners: [{ organisation: 'Teater Viirus', country: 'FI' }], participations: [{ namnd: 'kn', role: 'Projektägare', paidKr: 450_000 }],
      contact: 'Anna Andersson', provenance: { kind: 'submission', note: 'Från underlag kultur.xlsx (2025-02-10)' },
    });
    // 2024 is untouched: the submission is for 2025.
    expect(projectsOf(dataDir, 2024).find((project) => project.id === 'perfare')?.participations).toEqual([{ namnd: 'kn', role: 'Projektpart', paidKr: 210000 }]);
  });

  test('ingesting the same file again changes nothing', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const file = write(input, 'kultur.xlsx', await fillTemplate({
      details: KULTUR_DETAILS,
      projects: [['Nordic Stages', 'Kreativa Europa', 'Projektägare', '', '', '', '', '', 450000, '1', '']],
    }));
    await ingestFiles({ dataDir, files: [file], now: NOW });
    const before = snapshot(dataDir);
    const again = await ingestFiles({ dataDir, files: [file], now: () => new Date('2025-03-01T00:00:00Z') });
    expect(again.submissions[0]?.action).toBe('unchanged');
    expect(again.written).toEqual([]);
    expect(snapshot(dataDir)).toEqual(before);
  });

  test('files already in memory (an upload) are ingested like files on disk', async () => {
    const dataDir = makeDataFolder();
    const bytes = await fillTemplate({ details: KULTUR_DETAILS, projects: [['Nordic Stages', 'Kreativa Europa', 'Projektägare', '', '', '', '', '', 450000, '1', '']] });
    const report = await ingestFiles({ dataDir, files: [{ fileName: 'uppladdad.xlsx', bytes }], now: NOW });
    expect(report.submissions[0]).toMatchObject({ file: 'uppladdad.xlsx', action: 'added', projects: 1 });
    const problems = await rejected(dataDir, [{ fileName: 'trasig.xlsx', bytes: Buffer.from('inte excel') }]);
    expect(messages(problems)).toEqual(['trasig.xlsx: är ingen Excel-fil (.xlsx) fast den heter så — filens innehåll är något annat; spara om den från Excel']);
  });

  test('re-ingesting the Markdown already stored is idempotent too', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'kultur.md', FIXTURE_KULTUR_2024);
    const before = snapshot(dataDir);
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]?.action).toBe('unchanged');
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe('ingestFiles: Word and PDF', () => {
  test('a Word document becomes sections, header fields and projects; a project is matched by its acronym', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'miljo.docx', await makeWordDocument({
      title: 'Underlag internationellt arbete 2024',
      headerLines: ['År: 2024', 'Nämnd: MN', 'Kontaktperson: Eva Ek', 'E-post: eva.ek@malmo.se'],
      sections: [
        { heading: 'Internationellt arbete under året', paragraphs: ['Vi deltog i Eurocities miljöforum.', 'Två studiebesök i Köpenhamn.'] },
        { heading: 'Internationella nätverk', paragraphs: ['Eurocities, ICLEI.'] },
        { heading: 'Lärdomar', paragraphs: ['En egen rubrik som ska behållas.'] },
        { heading: 'Externfinansierade projekt', paragraphs: [] },
      ],
      projectTable: [
        ['Projekt', 'Program', 'Roll', 'Projektägare', 'Partners', 'Utbetalt under året (kr)', 'KF-mål'],
        ['U-Lync', 'Interreg South Baltic', 'Projektägare', 'Malmö stad (SE)', 'Klaipeda (LT)\nGdansk (PL)', '1,2 mnkr', '3'],
      ],
    }));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]).toMatchObject({ action: 'added', storedPath: '2024/underlag/miljoforvaltningen.md' });
    expect(report.submissions[0]?.merge).toMatchObject({ created: [], updated: ['Urban Links to Landscape'] });

    const submission = loadDataset(dataDir).years.find((year) => year.year === 2024)?.submissions.find((candidate) => candidate.namnd === 'mn');
    expect(submission?.contact.name).toBe('Eva Ek');
    expect(submission?.sections.map((section) => [section.heading, section.field])).toEqual([
      ['Internationellt arbete under året', 'internationellt-arbete'],
      ['Internationella nätverk', 'natverk'],
      ['Lärdomar', null],
      ['Externfinansierade projekt', 'projekt'],
    ]);
    expect(submission?.sections[0]?.text).toBe('Vi deltog i Eurocities miljöforum.\n\nTvå studiebesök i Köpenhamn.');

    const ulync = projectsOf(dataDir, 2024).find((project) => project.id === 'u-lync');
    expect(ulync?.participations).toEqual([{ namnd: 'mn', role: 'Projektägare', paidKr: 1_200_000 }]);
    // Missing project-level fields are filled from the row; existing ones are kept.
    expect(ulync?.partners).toEqual([{ organisation: 'Klaipeda', country: 'LT' }, { organisation: 'Gdansk', country: 'PL' }]);
    expect(ulync?.kfGoals).toEqual([3]);
    expect(ulync?.name).toBe('Urban Links to Landscape');
    expect(ulync?.provenance.kind).toBe('example');
  });

  test('a PDF gives text and sections; a project table drawn in columns is read', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'fritid.pdf', await makePdfDocument({
      title: 'Underlag 2024 Fritidsförvaltningen',
      headerLines: ['År: 2024', 'Förvaltning: Fritidsförvaltningen', 'Kontaktperson: Omar Ali'],
      sections: [
        { heading: 'Internationellt arbete under året', paragraphs: ['Idrott för unga i samarbete med Köpenhamn.'] },
        { heading: 'Bidrag till verksamhetsutvecklingen', paragraphs: ['Nya metoder för spontanidrott.'] },
      ],
      projectTable: [
        ['Projekt', 'Program', 'Roll', 'Utbetalt (kr)', 'KF-mål'],
        ['Active Youth', 'Erasmus', 'Partner', '95 000', '1, 4'],
      ],
    }));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]).toMatchObject({ action: 'added', namnd: 'frn', projects: 1 });
    const submission = report.dataset.years.find((year) => year.year === 2024)?.submissions.find((candidate) => candidate.namnd === 'frn');
    // The stored Markdown adds the project section for the table.
    expect(submission?.sections.map((section) => section.field)).toEqual(['internationellt-arbete', 'verksamhetsutveckling', 'projekt']);
    expect(submission?.sections[0]?.text).toContain('Idrott för unga');
    expect(submission?.projects[0]).toMatchObject({ name: 'Active Youth', programme: 'Erasmus+', role: 'Projektpart', paidKr: 95_000, kfGoals: [1, 4] });
  });

  test('a PDF without a project table is ingested with a notice, not an error', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'stadsbyggnad.pdf', await makePdfDocument({
      headerLines: ['År: 2024', 'Nämnd: Stadsbyggnadsnämnden', 'Kontaktperson: Li Berg'],
      sections: [{ heading: 'Internationella nätverk', paragraphs: ['Eurocities.'] }],
    }));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]).toMatchObject({ action: 'added', namnd: 'sbn', projects: 0 });
    expect(messages(report.notices).join('\n')).toMatch(/stadsbyggnad\.pdf: har ingen projekttabell som kunde läsas \(PDF\)/);
  });
});

describe('ingestFiles: what people really write', () => {
  test('English headers, abbreviations and tolerant formats', async () => {
    const dataDir = makeDataFolder();
    const english = ['Project', 'Programme', 'Role', 'Lead partner', 'Partners', 'Start date', 'End date', 'Total budget', 'Paid this year (SEK)', 'KF goals', 'Description'];
    const file = write(makeInputFolder(), 'asf.md', markdown(FRONT_ASF_2024, [
      ['Skills Bridge', 'Horizon Europe', 'partner', 'TU Delft (NL)', '', '2023-01-01', '2026-12-31', '2,5 mnkr', '1234567 kr', '1, 3', 'Kompetens.'],
      ['Öresund Jobs', 'Interreg ÖKS', 'Projektägare', '', 'Region Hovedstaden (DK)', '', '', '', '1 234 567', '2;4', ''],
      ['Social Start', 'Socialfonden', 'ägare', '', '', '', '', '500 tkr', '0', '', ''],
    ], english));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]).toMatchObject({ namnd: 'asn', storedPath: '2024/underlag/arbetsmarknads-och-socialforvaltningen.md' });
    const projects = projectsOf(dataDir, 2024);
    expect(projects.find((project) => project.name === 'Skills Bridge')).toMatchObject({
      programme: 'Horisont Europa', totalBudgetKr: 2_500_000, kfGoals: [1, 3], lead: { organisation: 'TU Delft', country: 'NL' },
      participations: [{ namnd: 'asn', role: 'Projektpart', paidKr: 1_234_567 }],
    });
    expect(projects.find((project) => project.name === 'Öresund Jobs')).toMatchObject({ programme: 'Interreg Öresund-Kattegat-Skagerrak', kfGoals: [2, 4] });
    expect(projects.find((project) => project.name === 'Social Start')).toMatchObject({ programme: 'ESF+', totalBudgetKr: 500_000 });
  });

  test('an Excel file without the template: English sheet names, a title row, a header row in any case', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'gsf.xlsx', await makeWorkbook({
      Details: [['Field', 'Value'], ['Year', 2024], ['Committee', 'GSN'], ['Contact person', 'Ida Holm'], ['E-postadress', 'ida.holm@malmo.se']],
      Projects: [['Projekt 2024, Grundskoleförvaltningen'], [], ['PROJECT', 'programme', 'ROLE', 'paid'], ['School Bridges', 'erasmus plus', 'Lead', 2500]],
    }));
    const report = await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(report.submissions[0]).toMatchObject({ namnd: 'gsn', projects: 1 });
    expect(projectsOf(dataDir, 2024).find((project) => project.name === 'School Bridges')?.participations).toEqual([{ namnd: 'gsn', role: 'Projektägare', paidKr: 2500 }]);
    expect(report.dataset.years.find((year) => year.year === 2024)?.submissions.find((submission) => submission.namnd === 'gsn')?.contact.email).toBe('ida.holm@malmo.se');
    expect(messages(report.notices).join('\n')).toMatch(/ingen flik Text/);
  });

  test('a year without a folder is created with its own projects.json', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'asf.md', markdown({ ...FRONT_ASF_2024, år: '2026' }, [['Skills Bridge', 'ESF', 'Projektpart', '', '', '', '', '', '10 000', '', '']]));
    expect(existsSync(join(dataDir, '2026'))).toBe(false);
    await ingestFiles({ dataDir, files: [file], now: NOW });
    expect(JSON.parse(readFileSync(join(dataDir, '2026', 'projects.json'), 'utf8'))).toMatchObject({ year: 2026, projects: [{ id: 'skills-bridge' }] });
    expect(existsSync(join(dataDir, submissionStoredPath(2026, 'Arbetsmarknads- och socialförvaltningen')))).toBe(true);
  });
});

describe('ingestFiles: --replace', () => {
  test('a second submission for the same förvaltning and year is refused without --replace', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'kultur-ny.md', FIXTURE_KULTUR_2024.replace('210 000', '250 000'));
    const problems = await rejected(dataDir, [file]);
    expect(messages(problems)).toEqual([
      'kultur-ny.md, förvaltning: "Kulturförvaltningen" har redan ett underlag för 2024 (2024/underlag/kulturforvaltningen.md) — lägg till --replace för att ersätta det',
    ]);
  });

  test('--replace replaces the submission, updates amounts and drops projects it no longer lists', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const first = write(input, 'kultur-ny.md', markdown({ år: '2024', nämnd: 'KN', kontaktperson: 'Anna Andersson', 'e-post': 'anna.andersson@malmo.se' }, [
      ['Perfare', 'Kreativa Europa', 'Projektpart', '', '', '', '', '', '250 000', '1', ''],
      ['Nordic Stages', 'Kreativa Europa', 'Projektägare', '', '', '', '', '', '50 000', '1', ''],
    ]));
    const report = await ingestFiles({ dataDir, files: [first], replace: true, now: NOW });
    expect(report.submissions[0]).toMatchObject({ action: 'replaced', storedPath: '2024/underlag/kulturforvaltningen.md' });
    expect(projectsOf(dataDir, 2024).find((project) => project.id === 'perfare')?.participations).toEqual([{ namnd: 'kn', role: 'Projektpart', paidKr: 250_000 }]);

    const second = write(input, 'kultur-igen.md', markdown({ år: '2024', nämnd: 'Kulturnämnden', kontaktperson: 'Anna Andersson', 'e-post': '' }, [
      ['Nordic Stages', 'Kreativa Europa', 'Projektägare', '', '', '', '', '', '60 000', '1', ''],
    ]));
    const replaced = await ingestFiles({ dataDir, files: [second], replace: true, now: NOW });
    expect(replaced.submissions[0]?.merge).toMatchObject({ updated: ['Nordic Stages'], left: ['Perfare'], removed: ['Perfare'] });
    const projects = projectsOf(dataDir, 2024);
    expect(projects.map((project) => project.id).sort()).toEqual(['nordic-stages', 'u-lync']);
    const stored = loadDataset(dataDir).years.find((year) => year.year === 2024)?.submissions.filter((submission) => submission.namnd === 'kn');
    expect(stored).toHaveLength(1);
    expect(stored?.[0]?.contact.email).toBeNull();
  });
});

describe('ingestFiles: rejections leave the data folder byte-for-byte unchanged', () => {
  const cases: Array<{ name: string; rows?: string[][]; front?: Record<string, string>; expected: RegExp }> = [
    { name: 'unknown nämnd, with a suggestion', front: { ...FRONT_ASF_2024, nämnd: 'Kulturnämden X', förvaltning: '' }, expected: /nämnd: "Kulturnämden X" är ingen känd nämnd i Malmö stad — menade du Kulturnämnden\?/ },
    { name: 'unknown programme, listing the accepted', rows: [['P', 'Marsprogrammet', 'Projektpart', '', '', '', '', '', '1', '', '']], expected: new RegExp(`Program: "Marsprogrammet" är inget känt program — använd ett av: ${PROGRAMME_NAMES.join(', ').replace(/[+]/g, '\\+')}`) },
    { name: 'KF goal outside 1–5', rows: [['P', 'ESF', 'Projektpart', '', '', '', '', '', '1', '6', '']], expected: /rad \d+, KF-mål: "6" KF-mål 6 finns inte — kommunfullmäktiges mål är 1–5/ },
    { name: 'negative amount', rows: [['P', 'ESF', 'Projektpart', '', '', '', '', '', '-5 000', '', '']], expected: /Utbetalt under året \(kr\): "-5 000" är negativt/ },
    { name: 'non-numeric amount', rows: [['P', 'ESF', 'Projektpart', '', '', '', '', 'mycket', '1', '', '']], expected: /Total budget \(kr\): "mycket" är inget belopp — skriv ett heltal i kronor, t\.ex\. 20 000/ },
    { name: 'end before start', rows: [['P', 'ESF', 'Projektpart', '', '', '2025-05-01', '2024-01-01', '', '1', '', '']], expected: /Slut: "2024-01-01" ligger före startdatum 2025-05-01/ },
    { name: 'paid above total budget', rows: [['P', 'ESF', 'Projektpart', '', '', '', '', '100 000', '200 000', '', '']], expected: /Utbetalt under året \(kr\): "200 000" är mer än projektets totala budget \(100 000\)/ },
    { name: 'a project listed twice', rows: [['Perfare', 'ESF', 'Projektpart', '', '', '', '', '', '1', '', ''], ['PERFARE', 'ESF', 'Projektpart', '', '', '', '', '', '2', '', '']], expected: /Projekt: "PERFARE" står redan på rad \d+ — ett projekt ska bara stå en gång per underlag/ },
  ];
  for (const testCase of cases) {
    test(testCase.name, async () => {
      const dataDir = makeDataFolder();
      const file = write(makeInputFolder(), 'asf.md', markdown(testCase.front ?? FRONT_ASF_2024, testCase.rows ?? [['Skills', 'ESF', 'Projektpart', '', '', '', '', '', '1', '', '']]));
      const problems = await rejected(dataDir, [file]);
      expect(messages(problems).join('\n')).toMatch(testCase.expected);
    });
  }

  test('the issue\'s example message, with sheet and row of an Excel file', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'kultur.xlsx', await fillTemplate({
      details: KULTUR_DETAILS,
      projects: [['Nordic Stages', 'Kreativa Europa', 'Projektägare', '', '', '', '', '', 'tjugo tusen', '1', '']],
    }));
    const problems = await rejected(dataDir, [file]);
    expect(messages(problems)).toEqual(['kultur.xlsx, Projekt rad 3, Utbetalt under året (kr): "tjugo tusen" är inget belopp — skriv ett heltal i kronor, t.ex. 20 000']);
  });

  test('merged data that breaks the project schema (paid by all nämnder above the total budget) is refused', async () => {
    const dataDir = makeDataFolder();
    const file = write(makeInputFolder(), 'asf.md', markdown(FRONT_ASF_2024, [['Perfare', 'Kreativa Europa', 'Projektpart', '', '', '', '', '', '4 100 000', '', '']]));
    const problems = await rejected(dataDir, [file]);
    expect(messages(problems).join('\n')).toMatch(/asf\.md, projektet Perfare i 2024\/projects\.json, participations: utbetalt 4310000 kr är mer än total budget 4200000 kr — efter sammanslagning/);
  });

  test('file checks: random bytes named .docx, an empty file, a file over 20 MB, an unknown extension', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const randomDocx = write(input, 'underlag.docx', Buffer.from(Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256)));
    const empty = write(input, 'tom.xlsx', '');
    const large = write(input, 'stor.pdf', '%PDF-1.7\n');
    truncateSync(large, 20 * 1024 * 1024 + 1);
    const unknown = write(input, 'underlag.odt', 'text');
    const zipButNotWord = write(input, 'fel.docx', await makeWorkbook({ Uppgifter: [['Fält', 'Värde']] }));
    const problems = await rejected(dataDir, [randomDocx, empty, large, unknown, zipButNotWord]);
    expect(messages(problems)).toEqual([
      'underlag.docx: är ingen Word-fil (.docx) fast den heter så — filens innehåll är något annat; spara om den från Word',
      'tom.xlsx: är tom (0 byte) — skicka filen igen',
      'stor.pdf: är 20 MB — filer får vara högst 20 MB; ta bort bilder eller dela upp den',
      'underlag.odt: har en filtyp som inte kan läsas (.odt) — godkända filtyper är .md, .xlsx, .docx, .pdf',
      'fel.docx: är en ZIP-fil men inget Word-dokument — spara om den från Word som .docx',
    ]);
  });

  test('one bad file among good ones: nothing is written and every problem in every file is reported', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const good = write(input, 'asf.md', markdown(FRONT_ASF_2024, [['Skills Bridge', 'ESF', 'Projektpart', '', '', '', '', '', '10 000', '', '']]));
    const bad = write(input, 'kultur.xlsx', await fillTemplate({
      details: { ...KULTUR_DETAILS, 'E-post': 'inte en adress' },
      projects: [
        ['Nordic Stages', 'Marsprogrammet', 'Projektägare', '', '', '', '', '', 'tjugo tusen', '9', ''],
        ['Nordic Stages', 'ESF', 'Chef', '', '', '', '', '', '10', '', ''],
      ],
    }));
    const word = write(input, 'trasig.docx', 'inte en zip');
    const problems = await rejected(dataDir, [good, bad, word]);
    expect(problems.map((problem) => [problem.file, problem.location, problem.field])).toEqual([
      ['kultur.xlsx', 'Uppgifter rad 6', 'e-post'],
      ['kultur.xlsx', 'Projekt rad 3', 'Program'],
      ['kultur.xlsx', 'Projekt rad 3', 'Utbetalt under året (kr)'],
      ['kultur.xlsx', 'Projekt rad 3', 'KF-mål'],
      ['kultur.xlsx', 'Projekt rad 4', 'Roll'],
      ['kultur.xlsx', 'Projekt rad 4', 'Projekt'],
      ['trasig.docx', null, null],
    ]);
  });

  test('two files for the same förvaltning and year in one run', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const first = write(input, 'asf-1.md', markdown(FRONT_ASF_2024, [['A', 'ESF', 'Projektpart', '', '', '', '', '', '1', '', '']]));
    const second = write(input, 'asf-2.md', markdown({ ...FRONT_ASF_2024, nämnd: 'Arbetsmarknads- och socialnämnden' }, [['B', 'ESF', 'Projektpart', '', '', '', '', '', '1', '', '']]));
    const problems = await rejected(dataDir, [first, second]);
    expect(messages(problems)).toEqual(['asf-2.md, förvaltning: "Arbetsmarknads- och socialförvaltningen" har redan ett underlag för 2024 i denna körning (asf-1.md) — skicka ett underlag per förvaltning och år']);
  });
});

describe('ingestFiles: two ingests at once', () => {
  test('two runs started together both succeed, one after the other, and neither loses the other\'s projects', async () => {
    const dataDir = makeDataFolder();
    const input = makeInputFolder();
    const asfFile = write(input, 'asf.md', markdown(FRONT_ASF_2024, [['Skills Bridge', 'ESF', 'Projektpart', '', '', '', '', '', '10 000', '', ''], ['Perfare', 'Kreativa Europa', 'Projektpart', '', '', '', '', '', '5 000', '', '']]));
    const gsfFile = write(input, 'gsf.md', markdown({ ...FRONT_ASF_2024, nämnd: 'Grundskolenämnden', förvaltning: '' }, [['School Bridges', 'Erasmus+', 'Projektägare', '', '', '', '', '', '20 000', '', ''], ['Perfare', 'Kreativa Europa', 'Projektpart', '', '', '', '', '', '7 000', '', '']]));
    const results = await Promise.all([ingestFiles({ dataDir, files: [asfFile], now: NOW }), ingestFiles({ dataDir, files: [gsfFile], now: NOW })]);
    expect(results.map((result) => result.submissions[0]?.action)).toEqual(['added', 'added']);
    const projects = projectsOf(dataDir, 2024);
    expect(projects.map((project) => project.id).sort()).toEqual(['perfare', 'school-bridges', 'skills-bridge', 'u-lync']);
    expect(projects.find((project) => project.id === 'perfare')?.participations.map((participation) => participation.namnd).sort()).toEqual(['asn', 'gsn', 'kn']);
    expect(loadDataset(dataDir).years.find((year) => year.year === 2024)?.submissions).toHaveLength(3);
  });

  test('a lock held longer than the wait: refused with a Swedish message, data unchanged', async () => {
    const dataDir = makeDataFolder();
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'en-annan-dator', startedAt: new Date().toISOString() }));
    const file = write(makeInputFolder(), 'asf.md', markdown(FRONT_ASF_2024, [['Skills Bridge', 'ESF', 'Projektpart', '', '', '', '', '', '10 000', '', '']]));
    const before = snapshot(dataDir);
    await expect(ingestFiles({ dataDir, files: [file], lockWaitMs: 300 })).rejects.toThrow(DatasetLockedError);
    await expect(ingestFiles({ dataDir, files: [file], lockWaitMs: 0 })).rejects.toThrow(/Datamappen används av en annan inläsning just nu/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  test('--replace of a submission stored under another file name removes the old file', async () => {
    const dataDir = makeDataFolder();
    const old = join(dataDir, '2024', 'underlag', 'kulturforvaltningen.md');
    const renamed = join(dataDir, '2024', 'underlag', 'kultur-2024.md');
    writeFileSync(renamed, readFileSync(old));
    rmSync(old);
    const file = write(makeInputFolder(), 'kultur.md', FIXTURE_KULTUR_2024.replace('210 000', '220 000'));
    const report = await ingestFiles({ dataDir, files: [file], replace: true, now: NOW });
    expect(report.removed).toEqual(['2024/underlag/kultur-2024.md']);
    expect(existsSync(renamed)).toBe(false);
    expect(existsSync(old)).toBe(true);
  });
});
