import { parseArgs } from 'node:util';
import { resolveDataDir } from '../config/data-dir.js';
import { DataLoadError } from '../data/data-load-error.js';
import { DatasetLockedError } from '../data/dataset-lock.js';
import { DatasetWriteError } from '../data/write-dataset.js';
import { ingestFiles, type IngestReport } from '../ingest/ingest-submissions.js';
import { formatProblem, SubmissionRejectedError, type Notice } from '../ingest/problem.js';
import { namndById } from '../domain/organisation.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run ingest -- [--data MAPP] [--replace] FIL…';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The Swedish summary of a successful run. */
export function renderIngestSummary(report: IngestReport): string {
  const lines: string[] = [];
  const verbs = { added: 'tillagt', replaced: 'ersatt', unchanged: 'oförändrat (samma innehåll fanns redan)' } as const;
  for (const item of report.submissions) {
    lines.push(`${item.file}: underlag ${verbs[item.action]} — ${namndById(item.namnd).forvaltning} ${item.year}, ${plural(item.projects, 'projekt', 'projekt')} (${item.storedPath})`);
    const changes: Array<[string, string[]]> = [
      ['nya projekt', item.merge.created],
      ['uppdaterade', item.merge.updated],
      ['deltar inte längre i', item.merge.left],
      ['borttagna (ingen deltar längre)', item.merge.removed],
    ];
    for (const [label, names] of changes) if (names.length > 0) lines.push(`    ${label}: ${names.join(', ')}`);
  }
  const created = report.submissions.reduce((sum, item) => sum + item.merge.created.length, 0);
  const updated = report.submissions.reduce((sum, item) => sum + item.merge.updated.length, 0);
  const left = report.submissions.reduce((sum, item) => sum + item.merge.left.length, 0);
  const removed = report.submissions.reduce((sum, item) => sum + item.merge.removed.length, 0);
  const count = (action: string): number => report.submissions.filter((item) => item.action === action).length;
  lines.push('');
  lines.push(
    `Klart: ${plural(count('added'), 'underlag tillagt', 'underlag tillagda')}, ${plural(count('replaced'), 'ersatt', 'ersatta')}, ` +
      `${count('unchanged')} oförändrade. Projekt: ${created} nya, ${updated} uppdaterade` +
      (left > 0 ? `, ${left} där förvaltningen inte längre deltar` : '') +
      (removed > 0 ? `, ${removed} borttagna` : '') +
      '.',
  );
  if (report.written.length === 0) lines.push('Inget i datamappen ändrades.');
  return lines.join('\n');
}

function writeNotices(notices: Notice[]): void {
  for (const notice of notices) process.stderr.write(`  OBS: ${formatProblem(notice)}\n`);
}

/** `npm run ingest`: all files or none. Exit 0 done, 1 rejected (every problem on stderr), 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  let values: { data?: string; replace?: boolean; help?: boolean };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { data: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nLäser in nämndernas underlag (.md, .xlsx, .docx, .pdf) i datamappen. Är något fel i någon fil läses ingen in, ` +
        'och varje fel skrivs ut med fil, plats och hur det rättas. --replace ersätter en förvaltnings tidigare underlag för samma år.\n',
    );
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`Ange minst en fil att läsa in.\n${USAGE}\n`);
    return 2;
  }
  const dataDir = resolveDataDir(values.data);
  process.stdout.write(`Läser in ${plural(files.length, 'fil', 'filer')} till ${dataDir}\n`);
  try {
    const report = await ingestFiles({
      dataDir,
      files,
      replace: values.replace ?? false,
      onFileChecked: ({ file, problems, projects }) => {
        process.stdout.write(problems === 0 ? `  ${file}: godkänd (${plural(projects, 'projekt', 'projekt')})\n` : `  ${file}: ${plural(problems, 'fel', 'fel')}\n`);
      },
    });
    writeNotices(report.notices);
    process.stdout.write(`${renderIngestSummary(report)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SubmissionRejectedError) {
      writeNotices(error.notices);
      process.stderr.write(`Inget lästes in — ${plural(error.problems.length, 'fel', 'fel')} måste rättas först:\n`);
      for (const problem of error.problems) process.stderr.write(`  - ${formatProblem(problem)}\n`);
      return 1;
    }
    if (error instanceof DataLoadError || error instanceof DatasetLockedError || error instanceof DatasetWriteError) {
      process.stderr.write(`${error.message}\nInget lästes in.\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
