import { namndById } from '../domain/organisation.js';
import type { InterpreterContext } from './context.js';
import { say, type Language } from './format.js';

/**
 * Follow-up questions a client may offer as buttons, from what was just answered. Each is a
 * question the interpreter answers in the same conversation.
 */
export function suggestFollowUps(context: InterpreterContext | null, language: Language): string[] {
  if (!context) return [];
  const namnd = context.filter.namnd?.length === 1 && context.filter.namnd[0] ? namndById(context.filter.namnd[0]).namn : null;
  switch (context.kind) {
    case 'count':
    case 'sum':
    case 'overview':
      return namnd
        ? [say(language, `Vilka projekt har ${namnd}?`, `Which projects does ${namnd} have?`), say(language, 'Vilken nämnd fick mest EU-medel?', 'Which committee received the most EU funds?')]
        : [say(language, 'Utbetalda EU-medel per nämnd', 'EU funds per committee'), say(language, 'Vilket projekt fick mest pengar?', 'Which project received the most money?')];
    case 'list':
      return [say(language, 'Hur mycket fick de?', 'How much did they receive?'), say(language, 'Vilket av dem fick mest?', 'Which one got the most?')];
    case 'rank':
    case 'breakdown':
    case 'threshold':
      return [say(language, 'Jämför med föregående år', 'Compare with the previous year')];
    case 'details':
      return context.projectName ? [say(language, 'Vilka partner finns i projektet?', 'Who are the partners in the project?')] : [];
    default:
      return [];
  }
}
