import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { resolveUnit, suggestUnit } from '../domain/organisation.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE =
  'Användning: npm run search -- [--json] [--limit N] [--data MAPP] [--year ÅÅÅÅ] [--forvaltning NAMN] "fråga"\n' +
  'Söker i förvaltningarnas underlag och skriver de bäst rankade avsnitten med förvaltning, avsnitt, fil och poäng.\n' +
  '  --json             skriv {"passages":[{"file","forvaltning","section","text","score"}]}\n' +
  '  --limit N          högst N avsnitt (1–50, standard 5)\n' +
  '  --year ÅÅÅÅ        bara underlag från detta år\n' +
  '  --forvaltning NAMN bara en förvaltnings eller nämnds underlag (namn eller förkortning)\n' +
  '  --data MAPP        en annan datamapp än data/';

export interface SearchIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
}

const defaultIo: SearchIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

interface SearchArgs {
  json: boolean;
  limit: number;
  data: string | undefined;
  year: number | undefined;
  namnd: string | undefined;
  question: string;
}

/** Thrown for arguments the command cannot use; the message is Swedish. */
export class SearchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchUsageError';
  }
}

function parseSearchArgs(argv: string[]): SearchArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, data: { type: 'string' }, year: { type: 'string' }, forvaltning: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    throw new SearchUsageError(unknown ? `okänd flagga ${unknown[1]}` : (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const question = positionals.join(' ').trim();
  if (question === '') throw new SearchUsageError('ange en fråga att söka efter');
  if (question.length > 500) throw new SearchUsageError(`frågan är ${question.length} tecken; högst 500`);
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new SearchUsageError(`--limit ska vara ett heltal 1–50 (fick "${values.limit}")`);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new SearchUsageError(`--year ska vara ett årtal med fyra siffror, t.ex. 2024 (fick "${values.year}")`);
  let namnd: string | undefined;
  if (values.forvaltning !== undefined) {
    const unit = resolveUnit(values.forvaltning);
    if (!unit) {
      const suggestion = suggestUnit(values.forvaltning)?.forvaltning;
      throw new SearchUsageError(`okänd förvaltning "${values.forvaltning}"${suggestion ? ` — menade du ${suggestion}?` : ''}`);
    }
    namnd = unit.namnd.id;
  }
  return { json: values.json ?? false, limit, data: values.data, year: values.year ? Number(values.year) : undefined, namnd, question };
}

/** `npm run search`: the ranked submission passages for a question. */
export async function main(argv: string[], io: SearchIo = defaultIo): Promise<number> {
  let args: SearchArgs | 'help';
  try {
    args = parseSearchArgs(argv);
  } catch (error) {
    if (!(error instanceof SearchUsageError)) throw error;
    io.stderr(`Fel: ${error.message}.\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const dataDir = resolveDataDir(args.data, io.env);
    const dataset = loadDataset(dataDir);
    const { createSubmissionSearch } = await import('../search/hybrid-search.js');
    const search = await createSubmissionSearch({ dataset });
    const hits = await search.search(args.question, { limit: args.limit, year: args.year, namnd: args.namnd });
    const passages = hits.map((hit) => ({ file: hit.file, forvaltning: hit.forvaltning, section: hit.section, text: hit.text, score: hit.score }));
    if (args.json) {
      io.stdout(`${JSON.stringify({ passages })}\n`);
      return 0;
    }
    if (passages.length === 0) io.stdout('Inga avsnitt i underlagen matchar frågan.\n');
    passages.forEach((passage, index) => {
      io.stdout(`${index + 1}. ${passage.forvaltning} — ${passage.section} (${passage.file}, poäng ${passage.score})\n   ${passage.text.replace(/\s+/g, ' ')}\n`);
    });
    return 0;
  } catch (error) {
    if (error instanceof DataLoadError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
