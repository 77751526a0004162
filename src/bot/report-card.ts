import type { Activity } from 'botbuilder';
import { adaptiveCard, cardAttachment, heading, textBlock } from './adaptive-card.js';

/** The generated yearly report as the bot hands it over: the Word file and what the handläggare must check. */
export interface BotReport {
  year: number;
  fileName: string;
  docx: Buffer;
  /** Figure lines for the card ("60 projekt, 9 nämnder"), from the report's own figures. */
  summary: string;
  /** Notes for the handläggare (gaps against the published tables). */
  notes: string[];
}

/** What the report command calls; the entry point adapts src/report/ to it. */
export interface BotReporter {
  report(year: number | null): Promise<BotReport>;
}

export const reportText = {
  refused: 'Utkastet till hela redovisningen är till för handläggarna på stadskontoret. Fråga gärna om siffrorna, t.ex. "Hur många EU-projekt fanns 2024?".',
  unavailable: 'Redovisningen kan inte skrivas här: den här boten är inte kopplad till datan för redovisningen.',
  failed: (message: string) => `Redovisningen kunde inte skrivas: ${message}`,
  intro: (year: number) => `Här är utkastet till Redovisning av internationellt arbete ${year} (Word). Gulmarkerade delar fylls i av dig.`,
} as const;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A card with the report's figures and notes, and the Word file attached for download. */
export function reportActivity(report: BotReport): Partial<Activity> {
  const card = adaptiveCard([
    heading(`Redovisning av internationellt arbete ${report.year} — utkast`),
    textBlock(report.summary),
    ...report.notes.slice(0, 5).map((note) => textBlock(`Att kontrollera: ${note}`, { isSubtle: true, size: 'Small' })),
    textBlock(`Fil: ${report.fileName}`, { weight: 'Bolder', spacing: 'Medium' }),
  ]);
  return {
    type: 'message',
    text: reportText.intro(report.year),
    attachments: [
      cardAttachment(card),
      { contentType: DOCX_TYPE, name: report.fileName, contentUrl: `data:${DOCX_TYPE};base64,${report.docx.toString('base64')}` },
    ],
  };
}
