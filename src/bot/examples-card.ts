import type { Activity } from 'botbuilder';
import { adaptiveCard, cardAttachment, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { botText, DRAFT_EXAMPLE, EXAMPLE_QUESTIONS } from './bot-text.js';

/** What an example button sends back: Teams delivers it as a message with this value and no text. */
export interface SubmittedQuestion {
  question: string;
}

export function submittedQuestion(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const question = (value as Partial<SubmittedQuestion>).question;
  return typeof question === 'string' && question.trim() !== '' ? question.trim() : null;
}

/**
 * Example questions as Action.Submit buttons. Unlike suggested actions they work in every scope
 * (channels and group chats too) and stay on the message.
 */
export function examplesCard(questions: readonly string[] = [...EXAMPLE_QUESTIONS, DRAFT_EXAMPLE]): AdaptiveCard {
  return adaptiveCard(
    [heading(botText.examplesHeading), textBlock(botText.examplesHint, { isSubtle: true })],
    questions.slice(0, 6).map((question) => ({ type: 'Action.Submit', title: question, data: { question } satisfies SubmittedQuestion })),
  );
}

/** A Markdown text with the example buttons under it. */
export function textWithExamples(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'markdown', attachments: [cardAttachment(examplesCard())] };
}
