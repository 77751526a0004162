import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import { auditRowsToCsv } from '../audit/audit-csv.js';
import { auditSettingsFromConfig } from '../audit/audit-settings.js';
import { openAuditLog } from '../audit/open-audit-log.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run audit -- --since ÅÅÅÅ-MM-DD --out FIL.csv [--db SÖKVÄG] [--separator ";"] [--prune]';

/** A calendar date "YYYY-MM-DD" as midnight UTC; null when it is not a real date. */
export function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

/**
 * `npm run audit`: exports the audit log since a date as CSV (RFC 4180, UTF-8 with BOM, times in
 * UTC; users and conversations appear only as pseudonyms). `--prune` first removes records older
 * than the retention period. Exit 0 done, 1 failure, 2 usage error.
 */
export async function main(argv: string[], env?: Record<string, string | undefined>): Promise<number> {
  let values: { since?: string; out?: string; db?: string; separator?: string; prune?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        out: { type: 'string' },
        db: { type: 'string' },
        separator: { type: 'string' },
        prune: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nSkriver granskningsloggen från och med ett datum (UTC) till en CSV-fil: tid, pseudonymiserad användare och ` +
        'konversation, fråga, verktyg, källor, läge, svarstid, utfall och återkoppling. Utan --db används AUDIT_DB ' +
        '(eller Azure Blob Storage när AZURE_STORAGE_CONNECTION_STRING är satt).\n',
    );
    return 0;
  }
  const since = values.since ? parseDay(values.since) : null;
  if (!since) {
    process.stderr.write(`${values.since ? `"${values.since}" är inget datum — skriv ÅÅÅÅ-MM-DD.` : 'Ange --since ÅÅÅÅ-MM-DD.'}\n${USAGE}\n`);
    return 2;
  }
  if (!values.out) {
    process.stderr.write(`Ange --out FIL.csv.\n${USAGE}\n`);
    return 2;
  }
  const separator = values.separator ?? ',';
  if (![',', ';', '\t'].includes(separator)) {
    process.stderr.write(`--separator ska vara "," ";" eller en tabb.\n${USAGE}\n`);
    return 2;
  }
  let settings;
  try {
    settings = auditSettingsFromConfig(loadConfig(env), { dbPath: values.db });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!settings.azureStorageConnectionString && !existsSync(settings.dbPath)) {
    process.stderr.write(`Det finns ingen granskningslogg i ${settings.dbPath} — ange rätt fil med --db eller AUDIT_DB.\n`);
    return 1;
  }
  const { auditLog, description } = await openAuditLog(settings);
  try {
    if (values.prune) {
      const removed = await auditLog.prune();
      process.stdout.write(`Rensade ${removed} poster äldre än ${auditLog.retentionDays} dagar.\n`);
    }
    const rows = await auditLog.exportSince(since);
    await writeFile(values.out, auditRowsToCsv(rows, { separator }), 'utf8');
    process.stdout.write(`Skrev ${rows.length} svar sedan ${values.since} till ${values.out} (från ${description}).\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Exporten misslyckades: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await auditLog.close();
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
