import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { reconcile } from '../reconcile/reconcile.js';
import { renderReconciliation } from '../reconcile/render-reconciliation.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run validate -- [--json] [--data MAPP]';

/** `npm run validate`: load all data, reconcile with the published tables. Exit 0 when the data loads. */
export function main(argv: string[]): number {
  let values: { json?: boolean; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nLäser datamappen, kontrollerar den mot schemana och stämmer av projektdata mot de publicerade tabellerna.\n`);
    return 0;
  }
  const started = performance.now();
  try {
    const dataset = loadDataset(resolveDataDir(values.data));
    const report = reconcile(dataset);
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(`${renderReconciliation(report)}\n`);
      process.stdout.write(`\nData inläst och avstämd på ${Math.round(performance.now() - started)} ms.\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DataLoadError) {
      if (values.json) process.stdout.write(`${JSON.stringify({ error: 'DataLoadError', issues: error.issues }, null, 2)}\n`);
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
