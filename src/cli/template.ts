import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExcelTemplate } from '../ingest/excel-template.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run template -- --out FIL.xlsx';

/** `npm run template`: writes the Excel submission template. Exit 0 written, 1 write failed, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  let values: { out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nSkriver Excel-mallen för nämndernas underlag (flikarna Uppgifter, Text och Projekt, med listor och instruktioner).\n`);
    return 0;
  }
  if (!values.out || !values.out.toLowerCase().endsWith('.xlsx')) {
    process.stderr.write(`Ange vart mallen ska skrivas, en fil som slutar på .xlsx.\n${USAGE}\n`);
    return 2;
  }
  const path = resolve(values.out);
  try {
    writeFileSync(path, await buildExcelTemplate());
  } catch (error) {
    process.stderr.write(`Kunde inte skriva mallen till ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`Mallen är skriven: ${path}\nFyll i flikarna Uppgifter, Text och Projekt och läs in filen med: npm run ingest -- ${values.out}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
