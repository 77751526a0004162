/** The Swedish answers the guards give, in one place. */

function seconds(ms: number): string {
  const value = Math.max(1, Math.ceil(ms / 1000));
  return value === 1 ? 'någon sekund' : value < 60 ? `${value} sekunder` : `${Math.ceil(value / 60)} minut${value >= 120 ? 'er' : ''}`;
}

export const limitText = {
  /** Too many questions from one person or conversation. */
  rateLimited: (retryAfterMs: number, scope: 'user' | 'conversation'): string =>
    scope === 'user'
      ? `Du har ställt många frågor på kort tid – vänta en stund (ungefär ${seconds(retryAfterMs)}) och fråga sedan igen.`
      : `Det har kommit många frågor i den här konversationen på kort tid – vänta en stund (ungefär ${seconds(retryAfterMs)}) och fråga sedan igen.`,
  /** Every slot busy and the queue full, or the wait too long. */
  busy: 'Jag är upptagen med många frågor just nu. Försök igen om en liten stund.',
  /** The service is shutting down (a new version is starting). */
  shuttingDown: 'Tjänsten startar om just nu. Försök igen om en liten stund.',
  questionTooLong: (length: number, max: number): string =>
    `Frågan är för lång (${length} tecken, högst ${max}). Korta ner den till det viktigaste, t.ex. "Hur mycket fick ASN 2024?".`,
  timeout: 'Det tog för lång tid att ta fram svaret. Försök igen, gärna med en enklare fråga.',
  turnFailed: 'Något gick fel när jag skulle svara. Försök igen – om det fortsätter, kontakta stadskontoret.',
  draftRefused:
    'Utkast till redovisningen kan bara tas fram av handläggare som har behörighet. Kontakta stadskontoret om du behöver behörighet. Du kan fortfarande ställa frågor om projekt och belopp.',
  ingestRefused:
    'Bara handläggare med behörighet kan lämna in underlag via Teams. Skicka underlaget till stadskontoret, eller kontakta dem om du behöver behörighet.',
  draftOnlyOnRequest: 'Utkast visas bara i den konversation där en behörig handläggare bett om dem.',
} as const;
