import type { Assistant } from './answer.js';
import type { Dataset } from '../domain/dataset.js';
import type { SubmissionSearch, ToolDeps } from '../tools/tool.js';
import { EmbeddedAssistant } from './embedded-assistant.js';

export interface AssistantDeps {
  dataset: Dataset;
  searchSubmissions?: SubmissionSearch;
}

/** Builds the assistant every client calls. Today: the embedded interpreter over the typed tools. */
export function createAssistant(deps: AssistantDeps): Assistant {
  const toolDeps: ToolDeps = { dataset: deps.dataset, ...(deps.searchSubmissions ? { searchSubmissions: deps.searchSubmissions } : {}) };
  return new EmbeddedAssistant(toolDeps);
}
