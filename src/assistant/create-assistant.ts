import type { Assistant } from './answer.js';
import type { Dataset } from '../domain/dataset.js';
import type { SubmissionSearch, ToolDeps } from '../tools/tool.js';
import { EmbeddedAssistant } from './embedded-assistant.js';
import type { ModelConfig } from '../config/env.js';
import type { ModelLogger } from '../model/model-logger.js';
import { LazyModelAssistant } from '../model/lazy-model-assistant.js';

export interface AssistantDeps {
  dataset: Dataset;
  searchSubmissions?: SubmissionSearch;
  /** The configured model (`loadConfig().model`); absent or null: the embedded interpreter alone. */
  model?: ModelConfig | null;
  /** Where the model mode logs token use and latency; default one JSON line per answer on stderr. */
  modelLogger?: ModelLogger;
}

/**
 * Builds the assistant every client calls: the embedded interpreter over the typed tools, or, when a
 * model is configured, the model mode over the same tools with the embedded interpreter as fallback.
 */
export function createAssistant(deps: AssistantDeps): Assistant {
  const toolDeps: ToolDeps = { dataset: deps.dataset, ...(deps.searchSubmissions ? { searchSubmissions: deps.searchSubmissions } : {}) };
  const embedded = new EmbeddedAssistant(toolDeps);
  if (!deps.model) return embedded;
  // The model plans and writes; the embedded interpreter answers whenever the model cannot.
  return new LazyModelAssistant({ model: deps.model, toolDeps, fallback: embedded, ...(deps.modelLogger ? { logger: deps.modelLogger } : {}) });
}
