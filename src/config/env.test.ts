import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { DEFAULT_AZURE_API_VERSION, DEFAULT_MODEL_TIMEOUT_MS, describeModel, loadConfig } from './env.js';

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('runs the embedded interpreter when no model is configured', () => {
    const config = loadConfig({});
    expect(config.model).toBeNull();
    expect(config.dataDir).toBe('data');
    expect(config.bot.port).toBe(3978);
    expect(config.allowedUsers).toEqual([]);
    expect(describeModel(config.model)).toContain('inbyggd');
  });

  it('treats empty values as not set', () => {
    expect(loadConfig({ OPENAI_API_KEY: '', AZURE_OPENAI_ENDPOINT: '  ', PORT: '' }).model).toBeNull();
  });

  it('configures OpenAI or an OpenAI-compatible server', () => {
    const plain = loadConfig({ OPENAI_API_KEY: 'sk-test' });
    expect(plain.model).toEqual({ provider: 'openai', apiKey: 'sk-test', baseURL: null, model: 'gpt-4o-mini', timeoutMs: DEFAULT_MODEL_TIMEOUT_MS });
    const local = loadConfig({ OPENAI_API_KEY: 'ollama', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_MODEL: 'llama3.1', MODEL_TIMEOUT_MS: '60000' });
    expect(local.model).toMatchObject({ provider: 'openai', baseURL: 'http://localhost:11434/v1', model: 'llama3.1', timeoutMs: 60000 });
    expect(describeModel(local.model)).toBe('OpenAI-kompatibel localhost:11434, modell llama3.1');
  });

  it('configures Azure OpenAI with a default API version', () => {
    const config = loadConfig({
      AZURE_OPENAI_API_KEY: 'azure-key',
      AZURE_OPENAI_ENDPOINT: 'https://malmo.openai.azure.com',
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
    });
    expect(config.model).toMatchObject({ provider: 'azure', deployment: 'gpt-4o', model: 'gpt-4o', apiVersion: DEFAULT_AZURE_API_VERSION });
    expect(describeModel(config.model)).not.toContain('azure-key');
  });

  it('rejects a half-configured Azure setup, naming each missing variable', () => {
    const error = configError({ AZURE_OPENAI_API_KEY: 'azure-key' });
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_ENDPOINT']);
    expect(error.message).toContain('AZURE_OPENAI_DEPLOYMENT: saknas');
    expect(error.message).toContain('AZURE_OPENAI_API_KEY är satt');
  });

  it('rejects a base URL without a key and both services at once', () => {
    expect(configError({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).issues[0]).toMatchObject({ variable: 'OPENAI_API_KEY' });
    const both = configError({
      OPENAI_API_KEY: 'sk',
      AZURE_OPENAI_API_KEY: 'a',
      AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com',
      AZURE_OPENAI_DEPLOYMENT: 'd',
    });
    expect(both.message).toContain('välj en modelltjänst');
  });

  it('names the variable and the fix for malformed values, all at once', () => {
    const error = configError({ OPENAI_API_KEY: 'sk', OPENAI_BASE_URL: 'localhost:11434', MODEL_TIMEOUT_MS: '20s', PORT: '70000', AUDIT_RETENTION_DAYS: '0' });
    const byVariable = Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.message]));
    expect(Object.keys(byVariable).sort()).toEqual(['AUDIT_RETENTION_DAYS', 'MODEL_TIMEOUT_MS', 'OPENAI_BASE_URL', 'PORT']);
    expect(byVariable['OPENAI_BASE_URL']).toContain('https://');
    expect(byVariable['MODEL_TIMEOUT_MS']).toContain('millisekunder');
    expect(byVariable['PORT']).toContain('65535');
  });

  it('reads ANSWER_WORKERS as a count from 0 to 16, and leaves it to the machine when unset', () => {
    expect(loadConfig({}).bot.answerWorkers).toBeNull();
    expect(loadConfig({ ANSWER_WORKERS: '0' }).bot.answerWorkers).toBe(0);
    expect(loadConfig({ ANSWER_WORKERS: ' 3 ' }).bot.answerWorkers).toBe(3);
    for (const bad of ['17', '-1', 'två', '1.5']) {
      const issue = configError({ ANSWER_WORKERS: bad }).issues[0];
      expect(issue?.variable).toBe('ANSWER_WORKERS');
      expect(issue?.message).toContain('mellan 0 och 16');
    }
  });

  it('rejects an Azure API version on its own and a bot password without an id', () => {
    expect(configError({ AZURE_OPENAI_API_VERSION: '2024-10-21' }).issues[0]?.variable).toBe('AZURE_OPENAI_API_VERSION');
    expect(configError({ BOT_PASSWORD: 'secret' }).issues[0]?.variable).toBe('BOT_ID');
    expect(configError({ AZURE_OPENAI_API_VERSION: 'latest' }).issues[0]?.message).toContain('API-version');
  });

  it('reads the bot, storage, audit and allowed-user settings', () => {
    const config = loadConfig({
      DATA_DIR: '/srv/data',
      BOT_ID: 'app-id',
      BOT_PASSWORD: 'secret',
      BOT_TENANT_ID: 'tenant',
      PORT: '8080',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      AUDIT_DB: 'audit.db',
      AUDIT_RETENTION_DAYS: '30',
      ALLOWED_USERS: ' anna.andersson@malmo.se, ,bo.berg@malmo.se ',
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
    });
    expect(config).toMatchObject({
      dataDir: '/srv/data',
      bot: { appId: 'app-id', appPassword: 'secret', tenantId: 'tenant', port: 8080 },
      storage: { connectionString: 'UseDevelopmentStorage=true' },
      audit: { db: 'audit.db', retentionDays: 30 },
      allowedUsers: ['anna.andersson@malmo.se', 'bo.berg@malmo.se'],
      embeddingModel: 'text-embedding-3-small',
    });
  });
});
