import type { AssistantAnswer } from '../assistant/answer.js';
import type { ToolDeps, ToolOutput } from '../tools/tool.js';
import { formatInteger } from '../text/swedish-number.js';
import { checkGrounding, type GroundingEvidence } from './grounding-check.js';
import type { RunTool } from './model-assistant.js';
import { findNumberMentions } from './number-mentions.js';

/**
 * Measures the grounding check offline, on answers whose figures are known to come from the tools
 * (the embedded interpreter's): how many of their numbers it finds in the tool results (the rest are
 * false alarms, or numbers the composer derives itself), and how many invented numbers it catches
 * when one figure of such an answer is changed by 7 %.
 */
export interface GroundingMeasurement {
  answers: number;
  answersPassing: number;
  mentions: number;
  mentionsNotFound: number;
  inventedTried: number;
  inventedCaught: number;
  notFound: Array<{ id: string; numbers: string[] }>;
  /** Answers whose every number is a tool's own figure (none derived: no difference, share or position worked out by the checker). */
  answersStrict: number;
  /** Numbers the checker could only derive (difference, share, ordinal up to a list's length): figures the composer computed. */
  derived: Array<{ id: string; numbers: string[] }>;
  missed: Array<{ id: string; original: string; invented: string }>;
}

export interface MeasuredAnswer {
  id: string;
  question: string;
  answer: AssistantAnswer;
}

/** A figure changed by 7 % (at least by one), written the Swedish way. */
function invent(value: number): number {
  const changed = Math.round(value * 1.07);
  return changed === value ? value + 1 : changed;
}

export async function measureGrounding(answers: readonly MeasuredAnswer[], toolDeps: ToolDeps, runTool: RunTool): Promise<GroundingMeasurement> {
  const measurement: GroundingMeasurement = {
    answers: 0, answersPassing: 0, mentions: 0, mentionsNotFound: 0, inventedTried: 0, inventedCaught: 0, notFound: [], missed: [], answersStrict: 0, derived: [],
  };
  const knownYears = toolDeps.dataset.years.map((year) => year.year);
  for (const { id, question, answer } of answers) {
    const toolResults: ToolOutput[] = [];
    for (const call of answer.toolCalls) {
      const result = await runTool(call.tool, call.args, toolDeps);
      if (result.ok) toolResults.push(result.output);
    }
    const evidence: GroundingEvidence = { toolResults, question, toolArgs: answer.toolCalls.map((call) => call.args), knownYears };
    const result = checkGrounding(answer.answer, evidence);
    measurement.answers += 1;
    measurement.mentions += result.checked;
    measurement.mentionsNotFound += result.ungrounded.length;
    if (result.ok) measurement.answersPassing += 1;
    else measurement.notFound.push({ id, numbers: result.ungrounded });
    const strict = checkGrounding(answer.answer, evidence, { derived: false });
    if (strict.ok) measurement.answersStrict += 1;
    const derivedOnly = strict.ungrounded.filter((text) => !result.ungrounded.includes(text));
    if (derivedOnly.length > 0) measurement.derived.push({ id, numbers: derivedOnly });
    for (const mention of findNumberMentions(answer.answer)) {
      const value = mention.readings[0]?.value ?? 0;
      // Years and single digits are left alone: changing them tests the data, not the check.
      if (mention.kind !== 'number' || value < 10 || (value >= 1900 && value <= 2100) || !Number.isInteger(value)) continue;
      const invented = formatInteger(invent(value));
      const changed = answer.answer.slice(0, mention.index) + invented + answer.answer.slice(mention.index + mention.text.length);
      measurement.inventedTried += 1;
      if (!checkGrounding(changed, evidence).ok) measurement.inventedCaught += 1;
      else measurement.missed.push({ id, original: mention.text, invented });
    }
  }
  return measurement;
}
