import type OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { Assistant, AssistantAnswer, ConversationMemory, ToolCallRecord } from '../assistant/answer.js';
import type { ModelConfig } from '../config/env.js';
import type { Source, Tool, ToolDeps, ToolOutput } from '../tools/tool.js';
import type { ToolError } from '../tools/tool-error.js';
import type { ChatPrompt } from './chat-prompt.js';
import { fitToolResult } from './fit-tool-result.js';
import { checkGrounding } from './grounding-check.js';
import { rememberTurn, recentTurns } from './memory-window.js';
import { ModelFailure, toModelFailure } from './model-failure.js';
import { stderrModelLogger, type ModelLogEntry, type ModelLogger } from './model-logger.js';
import { questionLanguage } from './question-language.js';
import { toolDefinitions } from './tool-schemas.js';

export type ToolRunResult = { ok: true; output: ToolOutput } | { ok: false; error: ToolError };
/** Runs a tool by name with unvalidated arguments (src/tools/registry.ts `runTool`). */
export type RunTool = (name: string, rawArgs: unknown, deps: ToolDeps) => Promise<ToolRunResult>;

export interface ModelAssistantDeps {
  /** An OpenAI or AzureOpenAI client (see createOpenAiClient). */
  client: OpenAI;
  model: Pick<ModelConfig, 'provider' | 'model' | 'timeoutMs'>;
  tools: readonly Tool[];
  runTool: RunTool;
  toolDeps: ToolDeps;
  /** Answers when the model cannot: the embedded interpreter. */
  fallback: Assistant;
  prompt: ChatPrompt;
  logger?: ModelLogger;
  /** A 429 is retried once when the server asks to wait at most this long (default 2 s); otherwise fall back. */
  maxRetryAfterMs?: number;
  sleep?: (milliseconds: number) => Promise<void>;
}

/** What one turn has gathered so far: tool results for the grounding check, usage for the log. */
interface TurnState {
  toolResults: ToolOutput[];
  /** Shortened tool results as the model saw them. */
  shownResults: string[];
  toolCalls: ToolCallRecord[];
  failedToolCalls: number;
  requests: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  deadline: number;
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * The model mode: the model plans tool calls over the same tools as the embedded interpreter and
 * writes the prose; every number in its answer must come from a tool result of this turn. Any
 * failure (timeout, rate limit, server error, refusal, an ungrounded answer after one correction)
 * falls back to the embedded interpreter with a one-line notice.
 */
export class ModelAssistant implements Assistant {
  private readonly deps: ModelAssistantDeps;
  private readonly definitions: ChatCompletionTool[];
  private readonly logger: ModelLogger;

  constructor(deps: ModelAssistantDeps) {
    this.deps = deps;
    this.definitions = toolDefinitions(deps.tools);
    this.logger = deps.logger ?? stderrModelLogger;
  }

  async answer(question: string, memory: ConversationMemory): Promise<{ answer: AssistantAnswer; memory: ConversationMemory }> {
    const started = performance.now();
    const state: TurnState = {
      toolResults: [],
      shownResults: [],
      toolCalls: [],
      failedToolCalls: 0,
      requests: 0,
      promptTokens: 0,
      completionTokens: 0,
      totalTokens: 0,
      // Each request has its own timeout; the whole turn (several rounds) gets three of them.
      deadline: Date.now() + this.deps.model.timeoutMs * 3,
    };
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: this.systemPrompt() },
      ...recentTurns(memory.turns, this.deps.prompt.memoryTokens).map((turn): ChatCompletionMessageParam => ({ role: turn.role, content: turn.text })),
      { role: 'user', content: question },
    ];
    let outcome: ModelLogEntry['outcome'] = 'answered';
    try {
      let text = await this.converse(messages, state, this.deps.prompt.maxToolRounds);
      const evidence = () => ({
        toolResults: [...state.toolResults, ...state.shownResults],
        question,
        toolArgs: state.toolCalls.map((call) => call.args),
        knownYears: this.deps.toolDeps.dataset.years.map((year) => year.year),
      });
      let grounding = checkGrounding(text, evidence());
      if (!grounding.ok) {
        outcome = 'corrected';
        messages.push(
          { role: 'assistant', content: text },
          { role: 'user', content: this.deps.prompt.correction.replace('{{ungrounded}}', grounding.ungrounded.map((number) => `"${number}"`).join(', ')) },
        );
        text = await this.converse(messages, state, 2);
        grounding = checkGrounding(text, evidence());
        if (!grounding.ok) throw new ModelFailure('ungrounded', `tal utan stöd i verktygsresultaten: ${grounding.ungrounded.join(', ')}`);
      }
      const usage = this.usage(state, started);
      this.log(outcome, state, usage.latencyMs);
      return {
        answer: {
          question,
          answer: text,
          mode: 'model',
          year: answerYear(state.toolResults),
          language: questionLanguage(question),
          toolCalls: state.toolCalls,
          sources: answerSources(state.toolResults),
          tables: [],
          charts: [],
          suggestions: [],
          usage,
        },
        // The interpreter's follow-up context would now be a turn behind: a later fallback starts afresh.
        memory: rememberTurn({ ...memory, context: null }, question, text, this.deps.prompt.memoryTokens),
      };
    } catch (error) {
      const failure = toModelFailure(error);
      const fallback = await this.deps.fallback.answer(question, memory);
      const usage = this.usage(state, started);
      this.log('fallback', state, usage.latencyMs, failure);
      const notice = [failure.notice(questionLanguage(question)), fallback.answer.notice].filter(Boolean).join(' ');
      // A fallback that kept the turn itself is left as it is; otherwise the turn is added here.
      const remembered = fallback.memory.turns.length > memory.turns.length
        ? fallback.memory
        : rememberTurn(fallback.memory, question, fallback.answer.answer, this.deps.prompt.memoryTokens);
      return {
        answer: { ...fallback.answer, notice, ...(state.requests > 0 ? { usage } : {}) },
        memory: remembered,
      };
    }
  }

  /** The system prompt with the data's years filled in ({{years}}, {{latestYear}}). */
  private systemPrompt(): string {
    const years = this.deps.toolDeps.dataset.years.map((year) => year.year);
    const latest = years.length > 0 ? String(Math.max(...years)) : 'okänt';
    return this.deps.prompt.system.replaceAll('{{years}}', years.join(', ') || 'inga').replaceAll('{{latestYear}}', latest);
  }

  /** Model calls and tool calls until the model answers in text, at most `maxRounds` model calls. */
  private async converse(messages: ChatCompletionMessageParam[], state: TurnState, maxRounds: number): Promise<string> {
    for (let round = 0; round < maxRounds; round += 1) {
      if (Date.now() > state.deadline) throw new ModelFailure('timeout', 'turen tog längre tid än tidsgränsen');
      const completion = await this.complete(messages, state);
      const choice = completion.choices[0];
      if (!choice) throw new ModelFailure('empty-answer', 'svaret saknar choices');
      if (choice.finish_reason === 'content_filter') throw new ModelFailure('refused', 'innehållsfiltret stoppade svaret');
      if (choice.message.refusal) throw new ModelFailure('refused', `modellen vägrade: ${choice.message.refusal}`);
      const toolCalls = choice.message.tool_calls ?? [];
      if (toolCalls.length === 0) {
        const text = choice.message.content?.trim() ?? '';
        if (text === '') throw new ModelFailure('empty-answer', `tomt svar (finish_reason ${choice.finish_reason})`);
        return text;
      }
      messages.push({ role: 'assistant', content: choice.message.content ?? null, tool_calls: toolCalls });
      for (const call of toolCalls) {
        messages.push({ role: 'tool', tool_call_id: call.id, content: await this.callTool(call.function.name, call.function.arguments, state) });
      }
    }
    throw new ModelFailure('too-many-rounds', `fortfarande verktygsanrop efter ${maxRounds} omgångar`);
  }

  /** Runs one tool call; bad JSON or arguments the tool's zod schema rejects go back to the model as the result. */
  private async callTool(name: string, rawArguments: string, state: TurnState): Promise<string> {
    let args: unknown;
    try {
      args = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
    } catch (error) {
      state.failedToolCalls += 1;
      const invalid: ToolError = {
        code: 'invalid_argument', tool: name, suggestions: [],
        message: `Argumenten till ${name} är ingen giltig JSON (${(error as Error).message}). Anropa verktyget igen med ett JSON-objekt.`,
      };
      return JSON.stringify({ error: invalid });
    }
    const result = await this.deps.runTool(name, args, this.deps.toolDeps);
    if (!result.ok) {
      state.failedToolCalls += 1;
      // The structured error as is: the model reads the code, the argument and the suggestions and calls again.
      return JSON.stringify({ error: { ...result.error, message: `${result.error.message} Rätta argumenten och anropa verktyget igen.` } });
    }
    state.toolResults.push(result.output);
    state.toolCalls.push({ tool: name, args: isRecord(args) ? args : {} });
    const content = fitToolResult(result.output, this.deps.prompt.maxToolResultChars);
    // What the model saw counts as evidence too: a shortened list's "… och 20 till" is our count, not the model's.
    if (content.length < JSON.stringify(result.output).length) state.shownResults.push(content);
    return content;
  }

  /** One chat completion; a 429 that asks for a short wait is retried once. */
  private async complete(messages: ChatCompletionMessageParam[], state: TurnState): Promise<ChatCompletion> {
    const request = () =>
      this.deps.client.chat.completions.create(
        {
          model: this.deps.model.model,
          messages,
          tools: this.definitions,
          tool_choice: 'auto',
          ...(this.deps.prompt.temperature !== undefined ? { temperature: this.deps.prompt.temperature } : {}),
          max_tokens: this.deps.prompt.maxTokens,
        },
        { timeout: this.deps.model.timeoutMs, maxRetries: 0 },
      );
    let completion: ChatCompletion;
    try {
      state.requests += 1;
      completion = await request();
    } catch (error) {
      const failure = toModelFailure(error);
      const maxWait = this.deps.maxRetryAfterMs ?? 2_000;
      if (failure.kind !== 'rate-limit' || failure.retryAfterMs === null || failure.retryAfterMs > maxWait) throw failure;
      await (this.deps.sleep ?? defaultSleep)(failure.retryAfterMs);
      state.requests += 1;
      completion = await request().catch((retryError: unknown) => {
        throw toModelFailure(retryError);
      });
    }
    state.promptTokens += completion.usage?.prompt_tokens ?? 0;
    state.completionTokens += completion.usage?.completion_tokens ?? 0;
    state.totalTokens += completion.usage?.total_tokens ?? 0;
    return completion;
  }

  private usage(state: TurnState, started: number): NonNullable<AssistantAnswer['usage']> {
    return {
      promptTokens: state.promptTokens,
      completionTokens: state.completionTokens,
      totalTokens: state.totalTokens,
      latencyMs: Math.round(performance.now() - started),
    };
  }

  private log(outcome: ModelLogEntry['outcome'], state: TurnState, latencyMs: number, failure?: ModelFailure): void {
    this.logger.log({
      event: 'model-answer',
      provider: this.deps.model.provider,
      model: this.deps.model.model,
      outcome,
      ...(failure ? { failure: failure.kind, detail: failure.status ? `${failure.status}: ${failure.message}` : failure.message } : {}),
      requests: state.requests,
      toolCalls: state.toolCalls.length + state.failedToolCalls,
      promptTokens: state.promptTokens,
      completionTokens: state.completionTokens,
      totalTokens: state.totalTokens,
      latencyMs,
    });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The year the tools answered about: the only one, or the latest when several were compared. */
function answerYear(results: readonly ToolOutput[]): number | null {
  const years = results.flatMap((result) => result.years ?? []);
  return years.length === 0 ? null : Math.max(...years);
}

function answerSources(results: readonly ToolOutput[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of results.flatMap((result) => result.sources ?? [])) {
    const key = `${source.ref}\u0000${source.title}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
