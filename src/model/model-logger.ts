import type { ModelFailureKind } from './model-failure.js';

/** One line per model answer: token use and latency, and why the model was not used when it failed. */
export interface ModelLogEntry {
  event: 'model-answer';
  provider: 'openai' | 'azure';
  model: string;
  outcome: 'answered' | 'corrected' | 'fallback';
  failure?: ModelFailureKind;
  /** The cause for operators (status, client message); never shown to users. */
  detail?: string;
  requests: number;
  toolCalls: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  latencyMs: number;
}

export interface ModelLogger {
  log(entry: ModelLogEntry): void;
}

/** The default: one JSON line on stderr, so that `ask --json` keeps stdout clean. */
export const stderrModelLogger: ModelLogger = {
  log(entry) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
  },
};

export const silentModelLogger: ModelLogger = { log() {} };
