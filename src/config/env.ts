import { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error.js';

/**
 * The one place that reads the environment. Every setting is validated here, once, at start;
 * the rest of the code receives an `AppConfig`.
 */

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';
export const DEFAULT_MODEL_TIMEOUT_MS = 20_000;
export const DEFAULT_PORT = 3978;
/** Issue 8: audit records are kept a year unless AUDIT_RETENTION_DAYS says otherwise. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 365;

/** A model reached through the OpenAI API or any OpenAI-compatible server (Ollama, vLLM, LM Studio). */
export interface OpenAiModelConfig {
  provider: 'openai';
  apiKey: string;
  /** Absent: api.openai.com. */
  baseURL: string | null;
  model: string;
  timeoutMs: number;
}

/** A deployment in Azure OpenAI. */
export interface AzureModelConfig {
  provider: 'azure';
  apiKey: string;
  endpoint: string;
  deployment: string;
  apiVersion: string;
  /** The deployment name: Azure routes by deployment, the model parameter just repeats it. */
  model: string;
  timeoutMs: number;
}

export type ModelConfig = OpenAiModelConfig | AzureModelConfig;

export interface AppConfig {
  /** The data folder (DATA_DIR), default "data"; a command's --data overrides it (see data-dir.ts resolveDataDir). */
  dataDir: string;
  /** The configured model; null means the embedded interpreter answers alone. */
  model: ModelConfig | null;
  /** The embedding model for the submissions index when a model is configured (OPENAI_EMBEDDING_MODEL). */
  embeddingModel: string | null;
  bot: {
    /** Microsoft App id; null runs the bot anonymously (local use and Agents Playground only). */
    appId: string | null;
    appPassword: string | null;
    tenantId: string | null;
    port: number;
    /**
     * Worker threads that answer questions with the embedded interpreter (ANSWER_WORKERS); 0 answers on
     * the bot's own thread; null: one less than the machine's cores, at least 1 and at most 4.
     */
    answerWorkers: number | null;
  };
  /** Azure Blob Storage for shared state when several instances run; null keeps state in memory/on disk. */
  storage: { connectionString: string } | null;
  audit: {
    /** Path of the audit database; null uses the audit module's default. */
    db: string | null;
    retentionDays: number;
    /** HMAC secret for pseudonymising user and conversation ids (AUDIT_SECRET); null: a generated key file or blob. */
    secret: string | null;
  };
  /**
   * Entra object ids, Teams user ids or e-mail addresses allowed to draft and hand in submissions through
   * Teams (everyone may ask questions); "*" allows everyone; empty: everyone in local mode (no BOT_ID), nobody otherwise.
   */
  allowedUsers: string[];
  /** Members of this Entra group may also draft and hand in submissions through Teams (ALLOWED_GROUP_ID). */
  allowedGroupId: string | null;
  /** Issue 14: the bounds a submission file is parsed within (INGEST_*); unset ones take src/ingest/ingest-limits.ts's defaults. */
  ingestLimits: Partial<Record<IngestLimitName, number>>;
}

/** The INGEST_* settings and the IngestLimits field each sets. */
export const INGEST_LIMIT_SETTINGS = {
  INGEST_MAX_UNCOMPRESSED_MB: 'maxUncompressedMb',
  INGEST_MAX_ZIP_ENTRIES: 'maxZipEntries',
  INGEST_MAX_COMPRESSION_RATIO: 'maxCompressionRatio',
  INGEST_MAX_XML_DEPTH: 'maxXmlDepth',
  INGEST_MAX_PDF_PAGES: 'maxPdfPages',
  INGEST_MAX_ROWS: 'maxRows',
  INGEST_MAX_TEXT_KB: 'maxTextKb',
  INGEST_MAX_WORD_CHARS: 'maxWordChars',
  INGEST_PARSE_TIMEOUT_MS: 'parseTimeoutMs',
  INGEST_PARSE_MEMORY_MB: 'parseMemoryMb',
} as const;
export type IngestLimitName = (typeof INGEST_LIMIT_SETTINGS)[keyof typeof INGEST_LIMIT_SETTINGS];

/** "" and white space count as not set: env files often hold `KEY=`. */
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
  z.string().optional(),
);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const optionalUrl = (example: string) =>
  optionalText.refine((value) => value === undefined || isHttpUrl(value), {
    message: `ska vara en fullständig adress som börjar med https:// (t.ex. ${example})`,
  });

const optionalInteger = (min: number, max: number, what: string) =>
  optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max), {
      message: `ska vara ${what}: ett heltal mellan ${min} och ${max}`,
    })
    .transform((value) => (value === undefined ? undefined : Number(value)));

export const EnvSchema = z.object({
  DATA_DIR: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl('http://localhost:11434/v1 för Ollama'),
  OPENAI_MODEL: optionalText,
  AZURE_OPENAI_API_KEY: optionalText,
  AZURE_OPENAI_ENDPOINT: optionalUrl('https://min-resurs.openai.azure.com'),
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_VERSION: optionalText.refine((value) => value === undefined || /^\d{4}-\d{2}-\d{2}(-preview)?$/.test(value), {
    message: `ska vara en API-version som ${DEFAULT_AZURE_API_VERSION} eller 2025-01-01-preview`,
  }),
  OPENAI_EMBEDDING_MODEL: optionalText,
  MODEL_TIMEOUT_MS: optionalInteger(1_000, 600_000, 'en tidsgräns i millisekunder'),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TENANT_ID: optionalText,
  PORT: optionalInteger(1, 65_535, 'ett portnummer'),
  ANSWER_WORKERS: optionalInteger(0, 16, 'ett antal trådar (0 svarar i botens egen tråd)'),
  AZURE_STORAGE_CONNECTION_STRING: optionalText,
  AUDIT_DB: optionalText,
  AUDIT_RETENTION_DAYS: optionalInteger(1, 3_650, 'ett antal dagar'),
  ALLOWED_USERS: optionalText,
  ALLOWED_GROUP_ID: optionalText,
  AUDIT_SECRET: optionalText.refine((value) => value === undefined || value.length >= 16, {
    message: 'ska vara minst 16 tecken (en slumpad hemlighet, t.ex. från `openssl rand -hex 32`)',
  }),
  INGEST_MAX_UNCOMPRESSED_MB: optionalInteger(1, 4_096, 'ett antal megabyte'),
  INGEST_MAX_ZIP_ENTRIES: optionalInteger(10, 100_000, 'ett antal filer i paketet'),
  INGEST_MAX_COMPRESSION_RATIO: optionalInteger(10, 10_000, 'en kvot (okomprimerad storlek delad med komprimerad)'),
  INGEST_MAX_XML_DEPTH: optionalInteger(32, 10_000, 'ett antal nivåer'),
  INGEST_MAX_PDF_PAGES: optionalInteger(1, 100_000, 'ett antal sidor'),
  INGEST_MAX_ROWS: optionalInteger(1, 1_000_000, 'ett antal projektrader'),
  INGEST_MAX_TEXT_KB: optionalInteger(10, 100_000, 'ett antal tusen tecken'),
  INGEST_MAX_WORD_CHARS: optionalInteger(50, 1_000_000, 'ett antal tecken'),
  INGEST_PARSE_TIMEOUT_MS: optionalInteger(1_000, 3_600_000, 'en tidsgräns i millisekunder'),
  INGEST_PARSE_MEMORY_MB: optionalInteger(32, 16_384, 'ett antal megabyte'),
});
export type RawEnv = z.infer<typeof EnvSchema>;

const AZURE_VARIABLES = ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'] as const;

/** Rules that span several variables: a half-configured model or bot is an error, not a silent fallback. */
function crossFieldIssues(raw: RawEnv): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const azureSet = AZURE_VARIABLES.filter((name) => raw[name] !== undefined);
  if (azureSet.length > 0 && azureSet.length < AZURE_VARIABLES.length) {
    for (const name of AZURE_VARIABLES.filter((candidate) => raw[candidate] === undefined)) {
      issues.push({
        variable: name,
        message: `saknas: Azure OpenAI kräver ${AZURE_VARIABLES.join(', ')} (${azureSet.join(', ')} är satt). Sätt ${name} eller ta bort de andra.`,
      });
    }
  }
  if (raw.AZURE_OPENAI_API_VERSION !== undefined && azureSet.length === 0) {
    issues.push({ variable: 'AZURE_OPENAI_API_VERSION', message: `används bara med Azure OpenAI: sätt också ${AZURE_VARIABLES.join(', ')} eller ta bort den.` });
  }
  const openAiExtras = (['OPENAI_BASE_URL', 'OPENAI_MODEL'] as const).filter((name) => raw[name] !== undefined);
  if (raw.OPENAI_API_KEY === undefined && openAiExtras.length > 0 && azureSet.length === 0) {
    issues.push({
      variable: 'OPENAI_API_KEY',
      message: `saknas men ${openAiExtras.join(' och ')} är satt. Sätt OPENAI_API_KEY (en lokal server som Ollama tar vilket värde som helst, t.ex. "ollama").`,
    });
  }
  if (raw.OPENAI_API_KEY !== undefined && azureSet.length > 0) {
    issues.push({
      variable: 'OPENAI_API_KEY',
      message: 'och AZURE_OPENAI_* är båda satta: välj en modelltjänst och ta bort den andras variabler.',
    });
  }
  if (raw.BOT_PASSWORD !== undefined && raw.BOT_ID === undefined) {
    issues.push({ variable: 'BOT_ID', message: 'saknas men BOT_PASSWORD är satt. Sätt botens Microsoft App id i BOT_ID.' });
  }
  if (raw.BOT_TENANT_ID !== undefined && raw.BOT_ID === undefined) {
    issues.push({ variable: 'BOT_ID', message: 'saknas men BOT_TENANT_ID är satt. Sätt botens Microsoft App id i BOT_ID.' });
  }
  return issues;
}

function modelConfig(raw: RawEnv, timeoutMs: number): ModelConfig | null {
  if (raw.AZURE_OPENAI_API_KEY && raw.AZURE_OPENAI_ENDPOINT && raw.AZURE_OPENAI_DEPLOYMENT) {
    return {
      provider: 'azure',
      apiKey: raw.AZURE_OPENAI_API_KEY,
      endpoint: raw.AZURE_OPENAI_ENDPOINT,
      deployment: raw.AZURE_OPENAI_DEPLOYMENT,
      apiVersion: raw.AZURE_OPENAI_API_VERSION ?? DEFAULT_AZURE_API_VERSION,
      model: raw.AZURE_OPENAI_DEPLOYMENT,
      timeoutMs,
    };
  }
  if (raw.OPENAI_API_KEY) {
    return {
      provider: 'openai',
      apiKey: raw.OPENAI_API_KEY,
      baseURL: raw.OPENAI_BASE_URL ?? null,
      model: raw.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      timeoutMs,
    };
  }
  return null;
}

/**
 * Reads and validates every setting. Throws ConfigError naming each wrong variable and the fix.
 * Pass an object instead of process.env in tests.
 */
/**
 * The process environment, for the few places that need it whole: a child process that inherits it
 * (Agents Playground), the data folder's default. Everything else goes through loadConfig.
 */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}

export function loadConfig(env: Record<string, string | undefined> = processEnvironment()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'miljön'), message: `${issue.message}.` })),
    );
  }
  const raw = parsed.data;
  const issues = crossFieldIssues(raw);
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    dataDir: raw.DATA_DIR ?? DEFAULT_DATA_DIR,
    model: modelConfig(raw, raw.MODEL_TIMEOUT_MS ?? DEFAULT_MODEL_TIMEOUT_MS),
    embeddingModel: raw.OPENAI_EMBEDDING_MODEL ?? null,
    bot: {
      appId: raw.BOT_ID ?? null,
      appPassword: raw.BOT_PASSWORD ?? null,
      tenantId: raw.BOT_TENANT_ID ?? null,
      port: raw.PORT ?? DEFAULT_PORT,
      answerWorkers: raw.ANSWER_WORKERS ?? null,
    },
    storage: raw.AZURE_STORAGE_CONNECTION_STRING ? { connectionString: raw.AZURE_STORAGE_CONNECTION_STRING } : null,
    audit: { db: raw.AUDIT_DB ?? null, retentionDays: raw.AUDIT_RETENTION_DAYS ?? DEFAULT_AUDIT_RETENTION_DAYS, secret: raw.AUDIT_SECRET ?? null },
    allowedUsers: (raw.ALLOWED_USERS ?? '')
      .split(',')
      .map((user) => user.trim())
      .filter((user) => user !== ''),
    allowedGroupId: raw.ALLOWED_GROUP_ID ?? null,
    ingestLimits: Object.fromEntries(
      Object.entries(INGEST_LIMIT_SETTINGS).flatMap(([variable, field]) => (raw[variable as keyof typeof INGEST_LIMIT_SETTINGS] === undefined ? [] : [[field, raw[variable as keyof typeof INGEST_LIMIT_SETTINGS]]])),
    ),
  };
}

/** A one-line description of the model for logs and `--json` output; never includes the key. */
export function describeModel(model: ModelConfig | null): string {
  if (model === null) return 'ingen modell (inbyggd tolk)';
  return model.provider === 'azure'
    ? `Azure OpenAI ${new URL(model.endpoint).host}, deployment ${model.deployment}`
    : `OpenAI-kompatibel ${model.baseURL ? new URL(model.baseURL).host : 'api.openai.com'}, modell ${model.model}`;
}
