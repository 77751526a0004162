import { StoreAuditLog, DEFAULT_RETENTION_DAYS } from './audit-log.js';
import { createPseudonymiser } from './pseudonymiser.js';
import { loadOrCreateFileSecret } from './file-secret.js';
import { SqliteAuditStore } from './sqlite-audit-store.js';

export interface AuditSettings {
  /** SQLite file, used when no connection string is given. */
  dbPath: string;
  retentionDays?: number;
  /** The HMAC secret for pseudonyms; when absent a key file (SQLite) or key blob (Azure) is used. */
  secret?: string | null;
  /** With it, audit records go to Azure Blob Storage so several instances share them. */
  azureStorageConnectionString?: string | null;
}

export interface OpenedAuditLog {
  auditLog: StoreAuditLog;
  /** Where the records are kept, for a start-up line: "SQLite data/audit.db" or "Azure Blob Storage (container audit)". */
  description: string;
}

/** Builds the audit log the configuration asks for. Azure modules are loaded only when used. */
export async function openAuditLog(settings: AuditSettings): Promise<OpenedAuditLog> {
  const retentionDays = settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (settings.azureStorageConnectionString) {
    const { openContainer, BLOB_CONTAINERS } = await import('../storage/blob-container.js');
    const { BlobAuditStore } = await import('../storage/blob-audit-store.js');
    const { loadOrCreateBlobSecret } = await import('../storage/blob-secret.js');
    const container = await openContainer(settings.azureStorageConnectionString, BLOB_CONTAINERS.audit);
    const secret = settings.secret ?? (await loadOrCreateBlobSecret(container));
    return {
      auditLog: new StoreAuditLog({ store: new BlobAuditStore(container), pseudonymiser: createPseudonymiser(secret), retentionDays }),
      description: `Azure Blob Storage (container ${BLOB_CONTAINERS.audit}), lagringstid ${retentionDays} dagar`,
    };
  }
  const secret = settings.secret ?? loadOrCreateFileSecret(`${settings.dbPath}.key`);
  return {
    auditLog: new StoreAuditLog({ store: new SqliteAuditStore(settings.dbPath), pseudonymiser: createPseudonymiser(secret), retentionDays }),
    description: `SQLite ${settings.dbPath}, lagringstid ${retentionDays} dagar`,
  };
}
