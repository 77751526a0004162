import { resolve } from 'node:path';
import type { AppConfig } from '../config/env.js';
import { PROJECT_ROOT } from '../config/data-dir.js';
import type { AuditSettings } from './open-audit-log.js';

/** Where the SQLite audit log lives when AUDIT_DB is not set (git-ignored, outside data/). */
export const DEFAULT_AUDIT_DB = resolve(PROJECT_ROOT, '.audit', 'audit.db');

/** The audit settings from the validated configuration; `dbPath` from a command-line flag wins. */
export function auditSettingsFromConfig(config: AppConfig, overrides: { dbPath?: string | undefined } = {}): AuditSettings {
  const explicitDb = overrides.dbPath ?? config.audit.db ?? undefined;
  return {
    dbPath: explicitDb ? resolve(explicitDb) : DEFAULT_AUDIT_DB,
    retentionDays: config.audit.retentionDays,
    secret: config.audit.secret,
    // An explicit --db reads that file even when blob storage is configured.
    azureStorageConnectionString: overrides.dbPath ? null : (config.storage?.connectionString ?? null),
  };
}
