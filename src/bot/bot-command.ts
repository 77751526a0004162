/** What a message to the bot asks for. */
export type BotCommand =
  | { kind: 'help' }
  | { kind: 'examples' }
  | { kind: 'draft'; forvaltning: string }
  | { kind: 'report'; year: number | null }
  | { kind: 'question'; text: string }
  | { kind: 'empty' };

/** "skriv redovisningen för 2024", "skriv årets redovisning", "write the 2024 report". */
const REPORT_REQUEST = /^(?:skriv|ta fram|gör|generera)\s+(?:hela\s+)?(?:årets\s+)?redovisning(?:en)?(?:\s+(?:för|av)\s+(\d{4}))?[.!]?$|^(?:write|generate|draft)\s+the\s+(?:(\d{4})\s+)?(?:yearly\s+|annual\s+)?report[.!]?$/;

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
  const report = REPORT_REQUEST.exec(lower);
  if (report) return { kind: 'report', year: report[1] ?? report[2] ? Number(report[1] ?? report[2]) : null };
  return { kind: 'question', text: trimmed };
}
