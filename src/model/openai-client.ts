import OpenAI, { AzureOpenAI } from 'openai';
import type { ModelConfig } from '../config/env.js';

export const OPENAI_API_URL = 'https://api.openai.com/v1';

/**
 * The chat client for the configured model: OpenAI or an OpenAI-compatible server (base URL), or an
 * Azure OpenAI deployment. Built once in an entry point and passed in. Retries are the model
 * assistant's decision (one short wait on a 429), so the client itself never retries.
 */
export function createOpenAiClient(config: ModelConfig): OpenAI {
  // Every option is given explicitly: the client would otherwise read OPENAI_* variables itself.
  const common = { apiKey: config.apiKey, organization: null, project: null, timeout: config.timeoutMs, maxRetries: 0 };
  if (config.provider === 'azure') {
    return new AzureOpenAI({ ...common, endpoint: config.endpoint, deployment: config.deployment, apiVersion: config.apiVersion });
  }
  return new OpenAI({ ...common, baseURL: config.baseURL ?? OPENAI_API_URL });
}
