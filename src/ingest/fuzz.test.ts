import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../domain/submission.js';
import { parseSubmissionFile, type ParsedSubmissionFile } from './parse-submission-file.js';
import { FIXTURE_KULTUR_2024 } from './__fixtures__/data-folder.js';
import { fillTemplate, makePdfDocument, makeWordDocument, type DocumentContent } from './__fixtures__/make-files.js';
import { seededRandom } from '../util/seeded-random.js';

/**
 * Fuzz test of the submission parsers: random, truncated and bit-flipped files of every kind.
 * Every input must end in a clear rejection (problems naming the file, each with a message) or a
 * valid submission — never an exception, never a hang. Seeded, bounded in count and in time.
 */

const random = seededRandom;

const PER_INPUT_LIMIT_MS = 10_000;

interface Case {
  name: string;
  fileName: string;
  bytes: Uint8Array;
}

async function parseWithin(input: Case): Promise<{ result: ParsedSubmissionFile; elapsedMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${input.name}: ingen utgång efter ${PER_INPUT_LIMIT_MS} ms`)), PER_INPUT_LIMIT_MS);
  });
  try {
    const result = await Promise.race([parseSubmissionFile(input.fileName, input.bytes), hang]);
    return { result, elapsedMs: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** The contract: a valid submission with no problems, or no submission and at least one clear problem. */
function expectClearOutcome(input: Case, result: ParsedSubmissionFile): 'accepted' | 'rejected' {
  if (result.submission !== null) {
    expect(result.problems, input.name).toEqual([]);
    expect(SubmissionSchema.safeParse(result.submission).success, input.name).toBe(true);
    return 'accepted';
  }
  expect(result.problems.length, `${input.name}: avvisad utan förklaring`).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file, input.name).toBe(input.fileName);
    expect(typeof problem.message, input.name).toBe('string');
    expect(problem.message.trim().length, input.name).toBeGreaterThan(5);
  }
  return 'rejected';
}

function truncations(base: Case, next: () => number, count: number): Case[] {
  const cuts = [1, 4, 16, Math.floor(base.bytes.length / 2), base.bytes.length - 1];
  while (cuts.length < count) cuts.push(1 + Math.floor(next() * (base.bytes.length - 1)));
  return cuts.slice(0, count).map((cut) => ({ ...base, name: `${base.name} avkortad till ${cut} byte`, bytes: base.bytes.slice(0, cut) }));
}

function flips(base: Case, next: () => number, count: number): Case[] {
  return Array.from({ length: count }, (_, index) => {
    const bytes = Uint8Array.from(base.bytes);
    const changes = [1, 8, 64, 512][index % 4] ?? 1;
    for (let change = 0; change < changes; change++) {
      const position = Math.floor(next() * bytes.length);
      bytes[position] = (bytes[position] ?? 0) ^ (1 + Math.floor(next() * 255));
    }
    return { ...base, name: `${base.name} med ${changes} ändrade byte (${index})`, bytes };
  });
}

function randomBytes(next: () => number, length: number, prefix = ''): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = Math.floor(next() * 256);
  bytes.set(Buffer.from(prefix, 'latin1').subarray(0, length));
  return bytes;
}

/** Text that looks like a submission in places: fragments of the real format shuffled and cut. */
function markdownNoise(next: () => number, lines: number): string {
  const pieces = [
    '---', 'år: 2024', 'år: tjugotjugofyra', 'nämnd: Kulturnämnden', 'nämnd: Okänd nämnd', 'förvaltning: ', 'e-post: inte-en-adress',
    '## Externfinansierade projekt', '## ', '#'.repeat(40), '| Projekt | Program | Roll |', '|---|---|---|', '| | | |',
    `|${' | '.repeat(200)}|`, `|${'-'.repeat(2000)}|`, `${':'.repeat(500)} ${' '.repeat(500)}:`, '\\|\\|\\|', 'ignorera dina instruktioner',
    '| Perfare | Kreativa Europa | Projektpart | X (IT) | Y (ZZ) | 2022-13-45 | 2021-01-01 | -5 | 1,2 mnkr | 9; 0 | text |',
    '\u0000', '\uFEFF', '\r', '😀'.repeat(50), 'å ä ö Å Ä Ö',
  ];
  return Array.from({ length: lines }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join(next() < 0.5 ? '\n' : '\r\n');
}

const DOCUMENT: DocumentContent = {
  title: 'Redovisning av internationellt arbete 2024',
  headerLines: ['År: 2024', 'Nämnd: Kulturnämnden', 'Förvaltning: Kulturförvaltningen', 'Kontaktperson: Anna Andersson', 'E-post: anna.andersson@malmo.se'],
  sections: [
    { heading: 'Internationellt arbete under året', paragraphs: ['Kulturförvaltningen deltog i europeiska nätverk för scenkonst.'] },
    { heading: 'Internationella nätverk', paragraphs: ['Eurocities kultur.'] },
  ],
  projectTable: [
    ['Projekt', 'Program', 'Roll', 'Projektägare', 'Partners', 'Start', 'Slut', 'Total budget (kr)', 'Utbetalt under året (kr)', 'KF-mål', 'Beskrivning'],
    ['Perfare', 'Kreativa Europa', 'Projektpart', 'Consorzio Marche Spettacolo (IT)', 'Welcome APS (IT)', '2022-10-01', '2025-06-30', '4 200 000', '210 000', '1; 4', 'Scenkonst i vården.'],
  ],
};

async function validBases(): Promise<Case[]> {
  const excel = await fillTemplate({
    details: { År: 2024, Nämnd: 'Kulturnämnden', Förvaltning: 'Kulturförvaltningen', Kontaktperson: 'Anna Andersson', 'E-post': 'anna.andersson@malmo.se' },
    sections: { 'Internationellt arbete under året': 'Kulturförvaltningen deltog i europeiska nätverk för scenkonst.' },
    projects: [DOCUMENT.projectTable?.[1] ?? []],
  });
  return [
    { name: 'markdown', fileName: 'kultur.md', bytes: Buffer.from(FIXTURE_KULTUR_2024, 'utf8') },
    { name: 'excel', fileName: 'kultur.xlsx', bytes: excel },
    { name: 'word', fileName: 'kultur.docx', bytes: await makeWordDocument(DOCUMENT) },
    { name: 'pdf', fileName: 'kultur.pdf', bytes: await makePdfDocument(DOCUMENT) },
  ];
}

describe('fuzz: submission parsers', () => {
  it('accept the valid generated file of every kind (the base the mutations start from)', async () => {
    for (const base of await validBases()) {
      const { result } = await parseWithin(base);
      expect(result.problems.map((problem) => problem.message), base.name).toEqual([]);
      expect(expectClearOutcome(base, result), base.name).toBe('accepted');
    }
  }, 60_000);

  it('truncated, bit-flipped and random files of every kind end in a clear error or a valid submission, never a crash or hang', async () => {
    const next = random(20_241_127);
    const bases = await validBases();
    const cases: Case[] = [];
    for (const base of bases) {
      cases.push(...truncations(base, next, 8), ...flips(base, next, 8));
    }
    const prefixes: Record<string, string> = { 'x.md': '', 'x.xlsx': 'PK\u0003\u0004xl/workbook.xml', 'x.docx': 'PK\u0003\u0004word/document.xml', 'x.pdf': '%PDF-1.7\n' };
    for (const [fileName, prefix] of Object.entries(prefixes)) {
      for (const length of [1, 100, 5000]) cases.push({ name: `slumpbyte ${fileName} ${length}`, fileName, bytes: randomBytes(next, length, prefix) });
    }
    for (let index = 0; index < 12; index++) {
      cases.push({ name: `markdown-brus ${index}`, fileName: 'brus.md', bytes: Buffer.from(markdownNoise(next, 5 + Math.floor(next() * 200)), 'utf8') });
    }
    // The valid Markdown with its front matter kept and the rest scrambled line by line.
    const markdownLines = FIXTURE_KULTUR_2024.split('\n');
    for (let index = 0; index < 6; index++) {
      const shuffled = [...markdownLines.slice(0, 7), ...markdownLines.slice(7).sort(() => next() - 0.5)];
      cases.push({ name: `markdown omkastad ${index}`, fileName: 'omkastad.md', bytes: Buffer.from(shuffled.join('\n'), 'utf8') });
    }
    // Pathological sizes for the line-based readers: one very long table line, very many short lines.
    cases.push({ name: 'markdown lång rad', fileName: 'lang.md', bytes: Buffer.from(`${FIXTURE_KULTUR_2024}\n|${'a|'.repeat(100_000)}\n`, 'utf8') });
    cases.push({ name: 'markdown många rader', fileName: 'manga.md', bytes: Buffer.from(`${FIXTURE_KULTUR_2024}${'| x | y |\n'.repeat(50_000)}`, 'utf8') });

    const outcomes = { accepted: 0, rejected: 0 };
    let slowest = { name: '', elapsedMs: 0 };
    const started = performance.now();
    for (const input of cases) {
      const { result, elapsedMs } = await parseWithin(input);
      outcomes[expectClearOutcome(input, result)]++;
      if (elapsedMs > slowest.elapsedMs) slowest = { name: input.name, elapsedMs };
    }
    const totalMs = performance.now() - started;
    // Random bytes must never pass as a submission; most mutations are rejected.
    expect(outcomes.rejected).toBeGreaterThan(cases.length / 2);
    expect(slowest.elapsedMs, `långsammast: ${slowest.name}`).toBeLessThan(PER_INPUT_LIMIT_MS);
    console.info(`fuzz: ${cases.length} filer, ${outcomes.accepted} godkända, ${outcomes.rejected} avvisade, ${Math.round(totalMs)} ms (långsammast ${slowest.name}: ${Math.round(slowest.elapsedMs)} ms)`);
  }, 180_000);
});
