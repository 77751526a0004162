/** What a message to the bot asks for. */
export type BotCommand =
  | { kind: 'help' }
  | { kind: 'examples' }
  | { kind: 'draft'; forvaltning: string }
  | { kind: 'question'; text: string }
  | { kind: 'empty' };

/** Reads the manifest's commands (hjälp, exempel, utkast) and their English twins; anything else is a question. */
export function parseBotCommand(text: string | undefined): BotCommand {
  const trimmed = (text ?? '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { kind: 'empty' };
  const withoutSlash = trimmed.replace(/^\//, '');
  const lower = withoutSlash.toLocaleLowerCase('sv');
  if (/^(hjälp|hjalp|help|\?)[.!]?$/.test(lower)) return { kind: 'help' };
  if (/^(exempel|exempelfrågor|examples?)[.!]?$/.test(lower)) return { kind: 'examples' };
  const draft = /^(utkast|draft)(?:\s+(?:för|for|om))?(?:\s+(.*))?$/i.exec(withoutSlash);
  if (draft) return { kind: 'draft', forvaltning: (draft[2] ?? '').replace(/[.!?]+$/, '').trim() };
  return { kind: 'question', text: trimmed };
}
