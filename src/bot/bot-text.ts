/**
 * Every piece of user-facing text the Teams bot writes itself (answers come from the assistant).
 * Swedish first; the assistant answers English questions in English.
 */
export const EXAMPLE_QUESTIONS = [
  'Hur mycket fick ASN 2024?',
  'Vilka Interreg-projekt finns?',
  'Vilken nämnd har flest projekt?',
  'Hur mycket betalades ut per program 2024?',
  'Vilka länder samarbetar Malmö med?',
] as const;

export const DRAFT_EXAMPLE = 'utkast Miljöförvaltningen';

export const botText = {
  welcome: [
    'Hej! Jag svarar på frågor om Malmö stads **internationella arbete och EU-projekt**, med siffror från redovisningen och källa till varje svar.',
    '',
    'Prova till exempel:',
    ...EXAMPLE_QUESTIONS.map((question) => `- ${question}`),
    '',
    `Skriv **hjälp** för att se vad jag kan, eller **${DRAFT_EXAMPLE}** för ett utkast till en förvaltnings stycke i avsnittet "Exempel".`,
  ].join('\n'),
  help: [
    '**Så här använder du mig**',
    '',
    '- Ställ en fråga med egna ord: belopp, antal projekt, program, nämnder, partner, länder, mål.',
    '- **exempel**: exempelfrågor att börja med.',
    `- **utkast <förvaltning>**: ett utkast till förvaltningens stycke i avsnittet "Exempel", med källor (t.ex. "${DRAFT_EXAMPLE}").`,
    '- **Lämna in underlag**: bifoga förvaltningens fil (.md, .xlsx, .docx eller .pdf) här i den personliga chatten (kräver behörighet).',
    '- I gruppchattar och kanaler svarar jag bara när du @nämner mig.',
    '',
    'Alla siffror räknas fram ur rapportens data, och varje svar anger år och källa. Tumme upp eller ner på ett svar hjälper oss att förbättra tjänsten.',
  ].join('\n'),
  examples: 'Här är några frågor att börja med. Byt gärna nämnd, program eller år.',
  draftMissingName: `Skriv vilken förvaltning utkastet gäller, till exempel "${DRAFT_EXAMPLE}".`,
  draftUnavailable: 'Utkast kan inte skrivas här just nu: utkastfunktionen är inte igång i den här installationen.',
  draftFailed: (forvaltning: string, reason: string) => `Jag kunde inte skriva ett utkast för "${forvaltning}": ${reason}`,
  draftIntro: (forvaltning: string, year: number) =>
    `Här är ett utkast till stycket om ${forvaltning} (${year}). Kontrollera det mot underlaget innan det används.`,
  draftHeading: (forvaltning: string, year: number) => `Utkast: ${forvaltning} ${year}`,
  sourcesHeading: 'Källor',
  emptyQuestion: 'Vad vill du veta? Skriv **hjälp** för att se vad jag kan.',
  failed: 'Något gick fel när jag tog fram svaret. Försök igen om en stund; händer det igen, kontakta stadskontoret.',
  thinking: 'Jag letar i rapportens data …',
  tryAsking: 'Prova till exempel:',
  examplesHeading: 'Exempelfrågor',
  examplesHint: 'Klicka på en fråga, eller skriv en egen.',
} as const;
