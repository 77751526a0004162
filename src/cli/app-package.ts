import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { PROJECT_ROOT } from '../config/data-dir.js';
import { AppPackageError, buildAppPackage } from '../bot/app-package.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run app-package -- [--env local|dev] [--out FIL]';

/** The environment file's values (env/.env.<env>, then env/.env.<env>.user), the process environment over both. */
function environmentValues(env: string): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const file of [join(PROJECT_ROOT, 'env', `.env.${env}`), join(PROJECT_ROOT, 'env', `.env.${env}.user`)]) {
    if (existsSync(file)) Object.assign(values, parseEnv(readFileSync(file, 'utf8')));
  }
  for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'APP_NAME_SUFFIX']) if (process.env[name] !== undefined) values[name] = process.env[name];
  return values;
}

/** `npm run app-package`: appPackage/build/appPackage.<env>.zip, as the Toolkit's zipAppPackage step makes it. */
export function main(argv: string[]): number {
  let values: { env?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { env: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nBygger Teams-appens paket (manifest med meddelandetillägg och Copilot-agent, ikoner) ur appPackage/ och env/.env.<miljö>.\n`);
    return 0;
  }
  const env = values.env ?? 'local';
  if (!/^[a-z0-9-]{1,32}$/.test(env)) {
    process.stderr.write(`Fel: miljön "${env}" ska vara ett kort namn som local eller dev.\n${USAGE}\n`);
    return 2;
  }
  try {
    const { zip } = buildAppPackage(join(PROJECT_ROOT, 'appPackage'), environmentValues(env));
    const out = values.out ?? join(PROJECT_ROOT, 'appPackage', 'build', `appPackage.${env}.zip`);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, zip);
    process.stdout.write(`Skrev ${out} (${zip.length} byte). Ladda upp den i Teams: Appar → Hantera dina appar → Ladda upp en app.\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppPackageError) {
      process.stderr.write(`Fel: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
